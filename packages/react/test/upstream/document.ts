// Where Monite's published OpenAPI document is (never part of the repository) and where its
// generated types go (git-ignored): read by vitest.config.ts and by generate.ts.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '../../../..')

/** `$MONITE_OPENAPI_PATH`, or `../shared/monite-openapi/…` beside the repository root. */
export const documentPath = process.env.MONITE_OPENAPI_PATH
  ? resolve(process.env.MONITE_OPENAPI_PATH)
  : resolve(repoRoot, '../shared/monite-openapi/monite-partner-api-2024-05-25.json')

export const hasDocument = existsSync(documentPath)

/** The generated `paths` of the document (git-ignored). */
export const generatedPath = resolve(here, '.generated/monite.ts')
