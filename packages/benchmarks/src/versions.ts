// The versions of the tools the bench measures (and measures with), read from the packages
// installed in packages/benchmarks at bench time, so the report names what actually ran.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchmarksDir } from './paths'

/** A tool: its npm package and the name the report gives it. */
export interface Tool {
  pkg: string
  label: string
}

/** What the kit is compared with. kubb's plugins are released with `@kubb/core`, in step. */
export const comparedTools: readonly Tool[] = [
  { pkg: 'openapi-fetch', label: 'openapi-fetch' },
  { pkg: 'openapi-react-query', label: 'openapi-react-query' },
  { pkg: '@hey-api/openapi-ts', label: 'hey-api' },
  { pkg: 'orval', label: 'orval' },
  { pkg: '@kubb/core', label: 'kubb' },
]

/** What measures: the type generator, the type-checker and the bundler. */
export const instruments: readonly Tool[] = [
  { pkg: 'openapi-typescript', label: 'openapi-typescript' },
  { pkg: 'typescript', label: 'TypeScript' },
  { pkg: 'esbuild', label: 'esbuild' },
]

/** The version of `pkg` installed for packages/benchmarks, e.g. `0.90.10`. */
export function installedVersion(pkg: string): string {
  const manifest = JSON.parse(
    readFileSync(join(benchmarksDir, 'node_modules', pkg, 'package.json'), 'utf8'),
  ) as { version?: string }
  if (!manifest.version) throw new Error(`${pkg} has no version in its package.json`)
  return manifest.version
}

/** `label version`, e.g. `hey-api 0.90.10`, for the tool published as `pkg`. */
export function toolLabel(pkg: string): string {
  const tool = [...comparedTools, ...instruments].find((t) => t.pkg === pkg)
  return `${tool?.label ?? pkg} ${installedVersion(pkg)}`
}

/** `hey-api 0.90.10, orval 7.13.2, …` for a list of tools. */
export const toolList = (tools: readonly Tool[]): string =>
  tools.map((t) => toolLabel(t.pkg)).join(', ')
