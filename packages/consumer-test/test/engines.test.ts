// A newcomer's `pnpm install` must print no "Unsupported engine" on any Node the workspace
// supports (the root package.json's `engines.node`). pnpm prints one for every package whose
// `engines.node` excludes the running Node, so this reads every package of the lockfile (all
// platforms, not only what this machine installed) and checks its range against the lowest
// supported version of each Node major, and against the Node running the test.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

type Manifest = { name?: string; engines?: { node?: string } }

const readJson = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest

/**
 * Packages whose range may exclude a supported Node, each with why no newcomer's install can
 * print the warning.
 */
const EXEMPT: Record<string, string> = {
  '@img/sharp-win32-ia32':
    "sharp's 32-bit Windows binary, an optional dependency of next (apps/next-example and the " +
    'consumer test), declares ^20.9.0. Only a 32-bit Windows machine installs it (Node has no ' +
    "32-bit Windows build after 22), so only Node 22 there would warn; next's image optimizer " +
    'works without it.',
}
const nameOf = (key: string) => key.replace(/^(@?[^@]+)@.*$/, '$1')

/** The lowest version of each Node major that `range` admits, from its lowest major to 26. */
function lowestPerMajor(range: string): string[] {
  const lowest = semver.minVersion(range)
  if (!lowest) throw new Error(`engines.node "${range}" admits no version`)
  const versions: string[] = []
  for (let major = lowest.major; major <= Math.max(26, lowest.major); major++) {
    const candidates = new semver.Range(range).set
      .map((set) => set.map((comparator) => comparator.value).join(' '))
      .map((set) => semver.minVersion(`${set} >=${major}.0.0 <${major + 1}.0.0-0`.trim()))
      .filter((version): version is semver.SemVer => version !== null)
      .sort(semver.compare)
    if (candidates[0]) versions.push(candidates[0].version)
  }
  return versions
}

/** `engines.node` of every package in the lockfile and of every workspace package. */
function declaredRanges(): Array<[string, string]> {
  const lock = parse(readFileSync(join(repoRoot, 'pnpm-lock.yaml'), 'utf8')) as {
    packages?: Record<string, { engines?: { node?: string } }>
  }
  const ranges: Array<[string, string]> = []
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (entry.engines?.node) ranges.push([key, entry.engines.node])
  }
  for (const dir of ['packages', 'apps']) {
    for (const name of readdirSync(join(repoRoot, dir))) {
      let manifest: Manifest
      try {
        manifest = readJson(join(repoRoot, dir, name, 'package.json'))
      } catch {
        continue
      }
      if (manifest.engines?.node) ranges.push([`${dir}/${name}`, manifest.engines.node])
    }
  }
  return ranges
}

describe('the installed graph runs on every Node the workspace supports', () => {
  const rootRange = readJson(join(repoRoot, 'package.json')).engines?.node
  if (!rootRange) throw new Error('the root package.json declares no engines.node')
  const supported = lowestPerMajor(rootRange)
  if (semver.satisfies(process.version, rootRange))
    supported.push(semver.clean(process.version) ?? '')

  it('checks Node 20 and the running Node', () => {
    expect(supported.some((v) => semver.major(v) === 20)).toBe(true)
    expect(supported).toContain(semver.clean(process.version))
  })

  it('no package declares an engines.node that excludes one of them', () => {
    const ranges = declaredRanges()
    expect(ranges.length).toBeGreaterThan(100)
    const excluded = ranges.flatMap(([pkg, range]) =>
      EXEMPT[nameOf(pkg)] !== undefined
        ? []
        : supported
            .filter((version) => !semver.satisfies(version, range))
            .map((version) => `${pkg} wants node ${range}; excludes ${version}`),
    )
    expect(excluded).toEqual([])
    // Every exemption still names a package of the lockfile.
    for (const name of Object.keys(EXEMPT)) {
      expect(ranges.some(([pkg]) => nameOf(pkg) === name)).toBe(true)
    }
  })
})
