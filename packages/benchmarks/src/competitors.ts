// Clients that hey-api and orval generate from the project's own document, for side-by-side rows
// (request overhead, bundle size, generation time). Generated into a temporary directory at bench
// time with the generators pinned in this package's devDependencies; nothing is committed.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient as heyApiGenerate } from '@hey-api/openapi-ts'
import { generate as orvalGenerate } from 'orval'
import { now } from './measure'
import { benchmarksDir, projectSpecPath } from './paths'

export interface Competitors {
  /** e.g. `hey-api 0.90.10`. */
  heyApiLabel: string
  /** e.g. `orval 7.13.2`. */
  orvalLabel: string
  /** hey-api's output: `client.gen.ts` (the configured fetch client) and `sdk.gen.ts`. */
  heyApiDir: string
  /** orval's single-file fetch client. */
  orvalFile: string
  /** Generation time of each, in ms. */
  heyApiMs: number
  orvalMs: number
  /** Bytes of TypeScript each wrote (hey-api: every file, its bundled client runtime included). */
  heyApiBytes: number
  orvalBytes: number
  /** Deletes the generated files. */
  cleanup(): Promise<void>
}

async function pinnedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(benchmarksDir, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>
  }
  return (manifest.devDependencies[name] ?? '?').replace(/^[~^]/, '')
}

async function bytesUnder(path: string): Promise<number> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  let total = 0
  for (const entry of entries) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

/**
 * Generates both clients from `openapi/monite.yaml`.
 * @param orvalBaseUrl orval bakes the API root into every URL it builds; hey-api takes it at run
 * time (`client.setConfig`).
 */
export async function generateCompetitors(orvalBaseUrl: string): Promise<Competitors> {
  const dir = await mkdtemp(join(tmpdir(), 'monite-kit-competitors-'))
  const heyApiDir = join(dir, 'hey-api')
  const orvalFile = join(dir, 'orval', 'api.ts')
  let start = now()
  await heyApiGenerate({
    input: projectSpecPath,
    output: { path: heyApiDir },
    plugins: ['@hey-api/client-fetch'],
    logs: { level: 'silent' },
  })
  const heyApiMs = now() - start
  start = now()
  // orval prints a banner on success (through a console.log it keeps); keep the table readable.
  const write = process.stdout.write
  process.stdout.write = () => true
  try {
    await orvalGenerate({
      input: { target: projectSpecPath },
      output: { target: orvalFile, client: 'fetch', mode: 'single', baseUrl: orvalBaseUrl },
    })
  } finally {
    process.stdout.write = write
  }
  const orvalMs = now() - start
  return {
    heyApiLabel: `hey-api ${await pinnedVersion('@hey-api/openapi-ts')}`,
    orvalLabel: `orval ${await pinnedVersion('orval')}`,
    heyApiDir,
    orvalFile,
    heyApiMs,
    orvalMs,
    heyApiBytes: await bytesUnder(heyApiDir),
    orvalBytes: (await stat(orvalFile)).size,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}
