// The two documents the conformance tests compare: ours (openapi/monite.yaml) and Monite's
// published one (read by path, see ../upstream.ts).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { type OpenApiDocument, repoRoot } from '../upstream'

export {
  hasUpstream,
  loadUpstream,
  type OpenApiDocument,
  upstreamSkipReason,
  warnIfUpstreamMissing,
} from '../upstream'

const oursPath = resolve(repoRoot, 'openapi/monite.yaml')

/** Reads and parses our document (afresh: callers may mutate it). */
export const loadOurs = (): OpenApiDocument =>
  parseYaml(readFileSync(oursPath, 'utf8')) as OpenApiDocument
