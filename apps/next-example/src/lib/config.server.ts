import 'server-only'
import { MONITE_ENVIRONMENTS } from '@monite-kit/client'
import { DEFAULT_BASE_URL } from '@monite-kit/fixtures'

/** Where the server's Monite calls go: the in-process fake, or Monite with partner credentials. */
export type MoniteMode =
  | { mode: 'fake'; apiBaseUrl: string }
  | {
      mode: 'real'
      apiBaseUrl: string
      clientId: string
      clientSecret: string
      entityId: string
    }

/**
 * Reads the Monite configuration from the environment. Real mode needs MONITE_CLIENT_ID,
 * MONITE_CLIENT_SECRET and MONITE_ENTITY_ID; MONITE_ENVIRONMENT picks the host (sandbox, eu, na,
 * dev; default sandbox) and MONITE_API_URL overrides it. Without them: the fake.
 *
 * @example
 * ```ts
 * readMoniteMode({}) // { mode: 'fake', apiBaseUrl: 'https://api.sandbox.monite.com/v1' }
 * ```
 */
export function readMoniteMode(env: Record<string, string | undefined> = process.env): MoniteMode {
  const clientId = env.MONITE_CLIENT_ID?.trim()
  const clientSecret = env.MONITE_CLIENT_SECRET?.trim()
  const entityId = env.MONITE_ENTITY_ID?.trim()
  if (!clientId || !clientSecret || !entityId) return { mode: 'fake', apiBaseUrl: DEFAULT_BASE_URL }
  const environment = env.MONITE_ENVIRONMENT?.trim() || 'sandbox'
  const hosts: Record<string, string> = MONITE_ENVIRONMENTS
  const apiBaseUrl = (env.MONITE_API_URL?.trim() || hosts[environment] || '').replace(/\/+$/, '')
  if (!apiBaseUrl) {
    throw new Error(
      `MONITE_ENVIRONMENT="${environment}" is not one of ${Object.keys(hosts).join(', ')}`,
    )
  }
  return { mode: 'real', apiBaseUrl, clientId, clientSecret, entityId }
}
