import { MoniteClientError } from './errors'
import { abortable, sleep } from './retry'
import type { MoniteStoredToken, MoniteTokenStore } from './tokenStore'

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
  | {
      type: 'fetchToken'
      /** `signal` aborts when the client gives up on this token request (`tokenTimeoutMs`). */
      fetchToken: (context: { signal: AbortSignal }) => Promise<MoniteTokenResult>
    }
  | { type: 'token'; token: string }

/** @internal */
export interface TokenManager {
  /** Whether a new token can be obtained after a 401. */
  readonly canRefresh: boolean
  /** The cached token if it is still fresh; no I/O. */
  peek(): MoniteStoredToken | undefined
  /** A valid token: the cached one, the one being acquired, or a new one. */
  get(): Promise<MoniteStoredToken>
  /**
   * Drops the cached token if it is still generation `id` (a 401 said it is no good), or
   * whatever it is when `id` is omitted; the store's copy of it is not used again.
   */
  invalidate(id?: string): void
}

/**
 * Caches one token, shares one acquisition among all concurrent callers (and, through `store`,
 * among the clients and processes that share it), and refreshes shortly before `expires_in`
 * runs out. An acquisition is bounded: the token request by `timeoutMs` (also the TTL of the
 * store's lock, so a live holder never outlives it), the whole acquisition (waiting for another
 * holder, store calls) by 3 x `timeoutMs`; past that it is abandoned (`source`'s signal aborts)
 * and the next call starts a new one. Callers that give up never cancel it for the others.
 * Every failure is a `token` error with the cause. A 401 condemns a token by its generation
 * (`id`), never by its string.
 * @param source Obtains a fresh token; `signal` aborts when the acquisition is abandoned.
 * @param canRefresh Whether a new token can be obtained after a 401.
 * @param refreshMarginMs Refresh this long before expiry (capped at 10% of the token's lifetime).
 * @param timeoutMs The deadline of a token request, and the TTL of the store's lock.
 * @param store Where the token is kept and locked, shared with other clients; none: only here.
 * @param key The store key of this client's actor.
 * @internal
 */
export const createTokenManager = (
  source: (signal: AbortSignal) => Promise<MoniteTokenResult>,
  canRefresh: boolean,
  refreshMarginMs: number,
  timeoutMs: number,
  store: MoniteTokenStore | undefined,
  key: string,
): TokenManager => {
  let cached: MoniteStoredToken | undefined
  /** The generation a 401 (or `clearToken`) condemned: never taken from the store again. */
  let revoked: string | undefined
  let inflight: Promise<MoniteStoredToken> | undefined

  const fresh = (entry: MoniteStoredToken | null | undefined) =>
    entry && entry.id !== revoked && Date.now() < entry.expiresAt ? entry : undefined

  const acquire = async (): Promise<MoniteStoredToken> => {
    let release: (() => unknown) | null = null
    try {
      // This client's token if fresh, else the store's; re-read until one appears or the lock is
      // ours, then once more (its last holder may have just stored one) before fetching.
      for (;;) {
        const stored = fresh(cached) ?? fresh(await store?.get(key))
        if (stored) {
          cached = stored
          return stored
        }
        if (release) break
        release = store ? await store.lock(key, timeoutMs) : () => {}
        if (!release) await sleep(20)
      }
      // The fetch ends before the lock's TTL: the lock never outlives a live holder.
      const signal = AbortSignal.timeout(timeoutMs)
      const started = Date.now()
      const result = await abortable(source(signal), signal)
      // A bare string is the token (its `access_token` and `expires_in` are `undefined`).
      type Answer = Exclude<MoniteTokenResult, string>
      const token = (result as Answer)?.access_token ?? result
      if (!token || typeof token !== 'string') throw Error('no access_token')
      // No, an unreadable or a negative expires_in: valid until a 401 (never a token request
      // per call).
      const lifetime = Math.max(((result as Answer).expires_in as number) * 1000, 0) || Infinity
      cached = {
        token,
        expiresAt: started + lifetime - Math.min(refreshMarginMs, lifetime * 0.1),
        id: `${Math.random()}`,
      }
      await store?.set(key, cached)
      return cached
    } finally {
      // Whatever the store's release does, it never fails the acquisition.
      if (release)
        sleep(0)
          .then(release)
          .catch(() => {})
    }
  }

  return {
    canRefresh,
    peek: () => fresh(cached),
    // One acquisition at a time, shared by every caller that waits for it.
    get() {
      // Bounded as a whole too (a store that never answers): the wait for another holder of
      // the lock (at most its TTL), then this client's own fetch, with room to spare.
      inflight ??= abortable(acquire(), AbortSignal.timeout(3 * timeoutMs))
        .catch((cause) => {
          throw new MoniteClientError('token', `No token: ${cause}`, { cause })
        })
        .finally(() => {
          inflight = undefined
        })
      return inflight
    },
    invalidate(id) {
      if (cached && (id ?? cached.id) === cached.id) {
        revoked = cached.id
        cached = undefined
      }
    },
  }
}
