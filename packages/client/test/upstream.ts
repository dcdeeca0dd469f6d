// Locates Monite's published OpenAPI document, which some tests compare the project against.
//
// The document is a read-only reference that is not part of the repository. It is looked up at
// `$MONITE_OPENAPI_PATH` or, by default, at `../shared/monite-openapi/` beside the repository
// root (CI checks the repository out next to `shared/`). Tests that need it skip when it is
// absent; setting MONITE_OPENAPI_PATH to a file that does not exist is an error instead, so a CI
// job that means to run them cannot skip them by accident.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The monorepo root (this file is `packages/client/test/upstream.ts`). */
export const repoRoot = resolve(here, '../../..')

/** The file name of Monite's document for API version 2024-05-25. */
export const upstreamFileName = 'monite-partner-api-2024-05-25.json'

const fromEnv = process.env.MONITE_OPENAPI_PATH || undefined

/** Where Monite's published document is expected. */
export const upstreamPath = fromEnv
  ? resolve(fromEnv)
  : resolve(repoRoot, '../shared/monite-openapi', upstreamFileName)

/** Whether Monite's published document is available; tests that need it skip otherwise. */
export const hasUpstream = existsSync(upstreamPath)

if (fromEnv && !hasUpstream) {
  throw new Error(
    `MONITE_OPENAPI_PATH is set to ${fromEnv}, but there is no file at ${upstreamPath}. ` +
      'Point it at Monite’s published OpenAPI document, or unset it to use the default location.',
  )
}

/** Why the upstream-dependent tests are skipped, or `undefined` when they run. */
export const upstreamSkipReason = hasUpstream
  ? undefined
  : `Monite's published OpenAPI document was not found at ${upstreamPath}; skipping the tests ` +
    `that compare against it. Put ${upstreamFileName} there or set MONITE_OPENAPI_PATH.`

let warned = false
/** Prints the skip reason once (per test file), if the document is absent. */
export function warnIfUpstreamMissing(): void {
  if (upstreamSkipReason && !warned) {
    warned = true
    console.warn(`[upstream] ${upstreamSkipReason}`)
  }
}

/** A parsed OpenAPI document (arbitrary JSON). */
export type OpenApiDocument = Record<string, unknown>

let cached: OpenApiDocument | undefined
/** Reads and parses Monite's published document (once). Throws when it is absent. */
export function loadUpstream(): OpenApiDocument {
  if (!hasUpstream) throw new Error(upstreamSkipReason)
  cached ??= JSON.parse(readFileSync(upstreamPath, 'utf8')) as OpenApiDocument
  return cached
}
