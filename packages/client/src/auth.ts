import { MoniteClientError } from './errors'

/** What a `fetchToken` callback may return: a bare token, or Monite's token answer. */
export type MoniteTokenResult = string | { access_token: string; expires_in?: number | null }

/**
 * How the client authenticates. One of:
 * - `{ type: 'partner', clientId, clientSecret }`: a partner token (`grant_type: client_credentials`).
 *   Server-side only: the secret must never reach a browser.
 * - `{ type: 'entity_user', clientId, clientSecret, entityUserId }`: act as one entity user
 *   (`grant_type: entity_user`). Server-side only.
 * - `{ type: 'fetchToken', fetchToken }`: the browser case. Your backend mints the token and the
 *   callback fetches it; it is called again when the token expires or Monite answers 401.
 * - `{ type: 'token', token }`: a fixed token; never refreshed.
 *
 * @example
 * ```ts
 * const auth: MoniteAuth = {
 *   type: 'fetchToken',
 *   fetchToken: () => fetch('/api/monite-token').then((r) => r.json()),
 * }
 * ```
 */
export type MoniteAuth =
  | { type: 'partner'; clientId: string; clientSecret: string }
  | { type: 'entity_user'; clientId: string; clientSecret: string; entityUserId: string }
  | { type: 'fetchToken'; fetchToken: () => Promise<MoniteTokenResult> }
  | { type: 'token'; token: string }

/** @internal */
export interface TokenManager {
  /** Whether a new token can be obtained after a 401. */
  readonly canRefresh: boolean
  /** The cached token if it is still fresh; no I/O. */
  peek(): string | undefined
  /** A valid token: the cached one, the one being fetched, or a new one. */
  get(): Promise<string>
  /** Drops `token` if it is still the cached one (a 401 said it is no good). */
  invalidate(token: string): void
  /** Drops the cached token whatever it is. */
  clear(): void
}

/**
 * Caches one token, shares one in-flight token request among all concurrent callers, and
 * refreshes shortly before `expires_in` runs out.
 * @param source Obtains a fresh token.
 * @param canRefresh Whether a new token can be obtained after a 401.
 * @param refreshMarginMs Refresh this long before expiry (capped at 10% of the token's lifetime).
 * @internal
 */
export function createTokenManager(
  source: () => Promise<MoniteTokenResult>,
  canRefresh: boolean,
  refreshMarginMs: number,
): TokenManager {
  /** `refreshAt`: epoch ms after which the token must not be used (Infinity when unknown). */
  let cached: { token: string; refreshAt: number } | null = null
  let inflight: Promise<string> | null = null

  const peek = () => (cached && Date.now() < cached.refreshAt ? cached.token : undefined)

  const fetchNew = async (): Promise<string> => {
    const started = Date.now()
    const result = await source()
    const answer = typeof result === 'string' ? { access_token: result } : result
    const token = answer?.access_token
    if (!token || typeof token !== 'string') {
      throw new MoniteClientError('token', 'The token answer has no access_token')
    }
    const expiresIn = answer.expires_in
    let refreshAt = Infinity
    if (typeof expiresIn === 'number' && Number.isFinite(expiresIn)) {
      const lifetime = expiresIn * 1000
      refreshAt = started + lifetime - Math.min(refreshMarginMs, lifetime * 0.1)
    }
    cached = { token, refreshAt }
    return token
  }

  return {
    canRefresh,
    peek,
    get() {
      const token = peek()
      if (token !== undefined) return Promise.resolve(token)
      // One request at a time, shared by every caller that waits for it.
      inflight ??= fetchNew().finally(() => {
        inflight = null
      })
      return inflight
    },
    invalidate(token) {
      if (cached?.token === token) cached = null
    },
    clear() {
      cached = null
    },
  }
}
