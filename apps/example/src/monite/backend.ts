import {
  type AccessToken,
  createMoniteClient,
  type EntityUser,
  type MoniteClient,
  type MoniteTokenResult,
} from '@monite-kit/client'
import type { RealModeConfig } from './config'

/**
 * Everything the UI needs to know about where Monite is: the partner-level client for the
 * admin screens, and how to act as one entity user. Two implementations: the fake API in the
 * browser (fake.ts) and the real API behind server/index.mjs (below).
 */
export interface AppBackend {
  mode: 'fake' | 'real'
  /** Shown in the header, e.g. "Fake API · in your browser". */
  label: string
  entityId: string
  /** The admin screens' client (partner scope, for the entity). */
  partnerClient: MoniteClient
  /** A client that acts as `user`, authenticated with entity-user tokens (`fetchToken`). */
  actAs(user: Pick<EntityUser, 'id'>): ActAsSession
  /** Fake mode: restore the seeded world. */
  reset?: () => Promise<void>
}

export interface ActAsSession {
  client: MoniteClient
  /** Mints (or returns the cached) entity-user token; resolves once it is known to work. */
  ready: Promise<AccessToken>
}

const clientDefaults = { retry: { retries: 2 }, timeoutMs: 20_000 } as const

/** Sent on every call to the app's own server (server/security.mjs refuses writes without it). */
const CSRF_HEADERS = { 'x-monite-kit-csrf': '1' } as const

/**
 * Wraps a token source so the first token is shared between `ready` (the UI waits for it to
 * show "token minted") and the client's own first `fetchToken()` call.
 */
export function tokenSource(mint: () => Promise<AccessToken>) {
  let first: Promise<AccessToken> | null = mint()
  return {
    ready: first,
    fetchToken: (): Promise<MoniteTokenResult> => {
      const pending = first ?? mint()
      first = null
      return pending
    },
  }
}

/** Real mode: the secret stays in server/index.mjs. See the README's "Real mode". */
export function createRealBackend(config: RealModeConfig): AppBackend {
  const partnerClient = createMoniteClient({
    // The server's narrow proxy adds the partner token; the browser never sees it.
    baseUrl: `${window.location.origin}/api/monite/v1`,
    entityId: config.entityId,
    // The server refuses writes without it: other sites cannot send it (CSRF, see its README).
    headers: CSRF_HEADERS,
    ...clientDefaults,
  })
  return {
    mode: 'real',
    label: config.environmentLabel,
    entityId: config.entityId,
    partnerClient,
    actAs(user) {
      const source = tokenSource(async () => {
        const response = await fetch('/api/monite-token', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...CSRF_HEADERS },
          body: JSON.stringify({ entity_user_id: user.id }),
        })
        if (!response.ok) {
          // The server explains what to fix (e.g. partner credentials Monite rejected).
          const body = (await response.json().catch(() => null)) as {
            error?: { message?: string }
          } | null
          throw new Error(
            body?.error?.message ?? `Could not mint a token (HTTP ${response.status})`,
          )
        }
        return (await response.json()) as AccessToken
      })
      const client = createMoniteClient({
        baseUrl: config.apiBaseUrl,
        entityId: config.entityId,
        auth: { type: 'fetchToken', fetchToken: source.fetchToken },
        ...clientDefaults,
      })
      return { client, ready: source.ready }
    },
  }
}
