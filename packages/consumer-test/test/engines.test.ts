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
      supported
        .filter((version) => !semver.satisfies(version, range))
        .map((version) => `${pkg} wants node ${range}; excludes ${version}`),
    )
    expect(excluded).toEqual([])
  })
})
