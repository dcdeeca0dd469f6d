// Where things are: the repository, the packages, and Monite's published OpenAPI document.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** `packages/benchmarks`. */
export const benchmarksDir = resolve(here, '..')
/** The monorepo root. */
export const repoRoot = resolve(benchmarksDir, '../..')
/** The project's own OpenAPI document. */
export const projectSpecPath = resolve(repoRoot, 'openapi/monite.yaml')
/** A workspace package's directory, e.g. `packageDir('client')`. */
export const packageDir = (name: 'client' | 'react' | 'fixtures') =>
  resolve(repoRoot, 'packages', name)
/** Whether a workspace package has been built (`dist/index.js` exists). */
export const isBuilt = (name: 'client' | 'react' | 'fixtures') =>
  existsSync(resolve(packageDir(name), 'dist/index.js'))

const upstreamFromEnv = process.env.MONITE_OPENAPI_PATH || undefined

/**
 * Monite's published Partner API document (never part of the repository): `$MONITE_OPENAPI_PATH`
 * or `../shared/monite-openapi/monite-partner-api-2024-05-25.json` beside the repository root.
 */
export const upstreamSpecPath = upstreamFromEnv
  ? resolve(upstreamFromEnv)
  : resolve(repoRoot, '../shared/monite-openapi/monite-partner-api-2024-05-25.json')

/** Whether the upstream document is there; the parts that need it are skipped otherwise. */
export const hasUpstreamSpec = existsSync(upstreamSpecPath)
