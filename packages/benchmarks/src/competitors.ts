// Clients that hey-api, orval and kubb generate from the project's own document, for side-by-side rows
// (request overhead, bundle size, generation time). Generated into a temporary directory at bench
// time with the generators pinned in this package's devDependencies (the labels name the installed
// versions); nothing is committed.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient as heyApiGenerate } from '@hey-api/openapi-ts'
import { build as kubbBuild, memoryStorage } from '@kubb/core'
import { pluginClient } from '@kubb/plugin-client'
import { pluginOas } from '@kubb/plugin-oas'
import { pluginReactQuery } from '@kubb/plugin-react-query'
import { pluginTs } from '@kubb/plugin-ts'
import { generate as orvalGenerate } from 'orval'
import { now } from './measure'
import { projectSpecPath } from './paths'
import { toolLabel } from './versions'

export interface Competitors {
  /** e.g. `hey-api 0.90.10`. */
  heyApiLabel: string
  /** e.g. `orval 7.13.2`. */
  orvalLabel: string
  /** e.g. `kubb 4.39.3`. */
  kubbLabel: string
  /** hey-api's output: `client.gen.ts` (the configured fetch client) and `sdk.gen.ts`. */
  heyApiDir: string
  /** orval's single-file fetch client. */
  orvalFile: string
  /** kubb's output: `.kubb/fetch.ts` (its configured fetch client) and `clients/*.ts`. */
  kubbDir: string
  /**
   * With `react`: hey-api's `@tanstack/react-query.gen.ts` (in `heyApiDir`), orval's react-query
   * file, kubb's `hooks/` (in `kubbDir`).
   */
  orvalReactFile: string | undefined
  /** Generation time of each, in ms. */
  heyApiMs: number
  orvalMs: number
  kubbMs: number
  /** Bytes of TypeScript each wrote (every `.ts` file, the bundled client runtimes included). */
  heyApiBytes: number
  orvalBytes: number
  kubbBytes: number
  /** Deletes the generated files. */
  cleanup(): Promise<void>
}

async function bytesUnder(path: string): Promise<number> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  let total = 0
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      total += (await stat(join(entry.parentPath, entry.name))).size
    }
  }
  return total
}

/**
 * Generates the three clients from `input` (default: `openapi/monite.yaml`).
 * @param orvalBaseUrl orval bakes the API root into every URL it builds; hey-api takes it at run
 * time (`client.setConfig`).
 */
export async function generateCompetitors(
  orvalBaseUrl: string,
  { react = false, input = projectSpecPath }: { react?: boolean; input?: string } = {},
): Promise<Competitors> {
  const dir = await mkdtemp(join(tmpdir(), 'monite-kit-competitors-'))
  const heyApiDir = join(dir, 'hey-api')
  const orvalFile = join(dir, 'orval', 'api.ts')
  let start = now()
  await heyApiGenerate({
    input,
    output: { path: heyApiDir },
    plugins: react ? ['@hey-api/client-fetch', '@tanstack/react-query'] : ['@hey-api/client-fetch'],
    logs: { level: 'silent' },
  })
  const heyApiMs = now() - start
  // orval prints a banner on success (through a console.log it keeps), kubb its progress; keep
  // the bench's table readable.
  const write = process.stdout.write
  process.stdout.write = () => true
  let orvalMs: number
  let kubbMs: number
  const kubbDir = join(dir, 'kubb')
  try {
    start = now()
    await orvalGenerate({
      input: { target: input },
      output: { target: orvalFile, client: 'fetch', mode: 'single', baseUrl: orvalBaseUrl },
    })
    orvalMs = now() - start
    if (react) {
      await orvalGenerate({
        input: { target: input },
        output: {
          target: join(dir, 'orval', 'react.ts'),
          client: 'react-query',
          httpClient: 'fetch',
          mode: 'single',
          baseUrl: orvalBaseUrl,
        },
      })
    }
    start = now()
    const kubb = await kubbBuild({
      config: {
        root: dir,
        input: { path: input },
        // kubb 4.39's default storage writes every file a second time relative to the working
        // directory (the repository); keep that copy in memory. Its own writer still writes
        // the files under kubbDir.
        output: { path: kubbDir, clean: true, storage: memoryStorage() },
        plugins: [
          pluginOas({ validate: false }),
          pluginTs(),
          pluginClient({ client: 'fetch', bundle: true }),
          ...(react ? [pluginReactQuery({ client: { client: 'fetch', bundle: true } })] : []),
        ],
      },
    })
    if (kubb.error) throw kubb.error
    kubbMs = now() - start
  } finally {
    process.stdout.write = write
  }
  return {
    heyApiLabel: toolLabel('@hey-api/openapi-ts'),
    orvalLabel: toolLabel('orval'),
    kubbLabel: toolLabel('@kubb/core'),
    kubbDir,
    orvalReactFile: react ? join(dir, 'orval', 'react.ts') : undefined,
    kubbMs,
    kubbBytes: await bytesUnder(kubbDir),
    heyApiDir,
    orvalFile,
    heyApiMs,
    orvalMs,
    heyApiBytes: await bytesUnder(heyApiDir),
    orvalBytes: (await stat(orvalFile)).size,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}
