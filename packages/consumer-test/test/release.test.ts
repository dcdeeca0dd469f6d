// The release flow: `pnpm version-packages` (changeset version) on a copy of the workspace's
// manifests and changeset config under os.tmpdir(). The three packages are linked and stay 0.x,
// peers that stay in range do not force a release, the example apps are never versioned, and each
// released package gets a CHANGELOG. Also checks that every pending changeset in the repository
// versions cleanly. Nothing is published.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '../../..')
const changesetBin = join(
  dirname(createRequire(join(repoRoot, 'package.json')).resolve('@changesets/cli/package.json')),
  'bin.js',
)

interface Manifest {
  version: string
  private?: boolean
  scripts?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const workspaceDirs = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(repoRoot, group)).map((name) => `${group}/${name}`),
)
const published = {
  client: 'packages/client',
  react: 'packages/react',
  fixtures: 'packages/fixtures',
} as const

let copy = ''
afterEach(async () => {
  if (copy) await rm(copy, { recursive: true, force: true })
  copy = ''
})

/** The workspace's manifests, pnpm-workspace.yaml and .changeset/config.json, in a temp dir. */
async function copyWorkspace(changesets: Record<string, string>): Promise<string> {
  copy = await mkdtemp(join(tmpdir(), 'monite-kit-release-'))
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
    await mkdir(dirname(join(copy, file)), { recursive: true })
    await copyFile(join(repoRoot, file), join(copy, file))
  }
  for (const dir of workspaceDirs) {
    if (!existsSync(join(repoRoot, dir, 'package.json'))) continue
    await mkdir(join(copy, dir), { recursive: true })
    await copyFile(join(repoRoot, dir, 'package.json'), join(copy, dir, 'package.json'))
  }
  for (const [name, text] of Object.entries(changesets)) {
    await writeFile(join(copy, '.changeset', name), text)
  }
  return copy
}

function versionPackages(cwd: string): void {
  const result = spawnSync(process.execPath, [changesetBin, 'version'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    timeout: 60_000,
  })
  if (result.status !== 0) {
    throw new Error(`changeset version failed:\n${result.stdout}\n${result.stderr}`)
  }
}

const manifest = async (root: string, dir: string) =>
  JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8')) as Manifest

const changelog = (root: string, dir: string) => {
  const file = join(root, dir, 'CHANGELOG.md')
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

describe('release flow (changesets)', () => {
  it('the root scripts run changesets: version-packages, and release = build + publish', async () => {
    const root = await manifest(repoRoot, '.')
    expect(root.scripts?.changeset).toBe('changeset')
    expect(root.scripts?.['version-packages']).toBe('changeset version')
    expect(root.scripts?.release).toMatch(/build.*&& changeset publish$/)
  })

  it('links the three packages, keeps them 0.x, writes CHANGELOGs and leaves the app alone', async () => {
    const root = await copyWorkspace({
      'client-feature.md': '---\n"@monite-kit/client": minor\n---\n\nAdded a helper.\n',
      'fixtures-fix.md': '---\n"@monite-kit/fixtures": patch\n---\n\nFixed a preset.\n',
    })
    const before = await manifest(root, published.client)
    versionPackages(root)

    const client = await manifest(root, published.client)
    const fixtures = await manifest(root, published.fixtures)
    const react = await manifest(root, published.react)
    // A minor bump of a 0.x package, and the linked package released with it shares its version.
    expect(client.version).not.toBe(before.version)
    expect(client.version).toMatch(/^0\.\d+\.0$/)
    expect(fixtures.version).toBe(client.version)
    // react has no changeset and its client peer (`workspace:0.x`) still matches: no release.
    expect(react.version).toBe((await manifest(repoRoot, published.react)).version)
    expect(react.peerDependencies?.['@monite-kit/client']).toBe('workspace:0.x')
    expect(changelog(root, published.react)).toBeUndefined()

    expect(changelog(root, published.client)).toContain(
      `## ${client.version}\n\n### Minor Changes\n\n- Added a helper.`,
    )
    expect(changelog(root, published.fixtures)).toContain('### Patch Changes\n\n- Fixed a preset.')
    // The example apps are ignored: same version, no CHANGELOG.
    for (const app of ['apps/example', 'apps/next-example']) {
      expect((await manifest(root, app)).version, app).toBe((await manifest(repoRoot, app)).version)
      expect(changelog(root, app), app).toBeUndefined()
    }
    // The changesets are consumed.
    expect(readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual([])
  })

  it("versions the repository's pending changesets cleanly", async () => {
    const pending = readdirSync(join(repoRoot, '.changeset')).filter(
      (f) => f.endsWith('.md') && f !== 'README.md',
    )
    const texts = Object.fromEntries(
      pending.map((f) => [f, readFileSync(join(repoRoot, '.changeset', f), 'utf8')]),
    )
    const named = new Set(
      Object.values(texts).flatMap((text) =>
        [...text.matchAll(/^"(@monite-kit\/[a-z-]+)":\s*(major|minor|patch)\s*$/gm)].map(
          (m) => m[1],
        ),
      ),
    )
    const root = await copyWorkspace(texts)
    versionPackages(root)
    for (const [short, dir] of Object.entries(published)) {
      const entry = changelog(root, dir)
      if (named.has(`@monite-kit/${short}`)) {
        expect(entry, `${dir} has a CHANGELOG`).toContain(
          `## ${(await manifest(root, dir)).version}`,
        )
      }
    }
  })
})
