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

interface CachedToken {
  token: string
  /** Epoch ms after which the token must not be used, or null when unknown. */
  refreshAt: number | null
}

/** @internal */
export interface TokenManagerOptions {
  /** Obtains a fresh token. */
  source: () => Promise<MoniteTokenResult>
  /** Whether a new token can be obtained after a 401. */
  canRefresh: boolean
  /** Refresh this long before expiry (capped at 10% of the token's lifetime). */
  refreshMarginMs: number
  now: () => number
}

/**
 * Caches one token, shares one in-flight token request among all concurrent callers, and
 * refreshes shortly before `expires_in` runs out.
 * @internal
 */
export class TokenManager {
  private cached: CachedToken | null = null
  private inflight: Promise<string> | null = null

  constructor(private readonly options: TokenManagerOptions) {}

  get canRefresh(): boolean {
    return this.options.canRefresh
  }

  /** The cached token if it is still fresh; no I/O. */
  peek(): string | undefined {
    const cached = this.cached
    if (cached && (cached.refreshAt === null || this.options.now() < cached.refreshAt)) {
      return cached.token
    }
    return undefined
  }

  /** A valid token: the cached one, the one being fetched, or a new one. */
  get(): Promise<string> {
    const token = this.peek()
    return token === undefined ? this.fetchNew() : Promise.resolve(token)
  }

  /** Drops `token` if it is still the cached one (a 401 said it is no good). */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null
  }

  /** Drops the cached token whatever it is. */
  clear(): void {
    this.cached = null
  }

  private fetchNew(): Promise<string> {
    if (this.inflight) return this.inflight
    const started = this.options.now()
    const run = async (): Promise<string> => {
      const result = await this.options.source()
      const token = typeof result === 'string' ? result : result?.access_token
      if (typeof token !== 'string' || token === '') {
        throw new MoniteClientError('token', 'The token source returned no access_token')
      }
      const expiresIn = typeof result === 'string' ? null : (result.expires_in ?? null)
      let refreshAt: number | null = null
      if (typeof expiresIn === 'number' && Number.isFinite(expiresIn)) {
        const lifetime = expiresIn * 1000
        const margin = Math.min(this.options.refreshMarginMs, lifetime * 0.1)
        refreshAt = started + lifetime - margin
      }
      this.cached = { token, refreshAt }
      return token
    }
    const promise = run().finally(() => {
      if (this.inflight === promise) this.inflight = null
    })
    this.inflight = promise
    return promise
  }
}
