/** A token as a {@link MoniteTokenStore} keeps it. */
export interface MoniteStoredToken {
  /** The bearer token. */
  token: string
  /**
   * Epoch ms after which no process should use it (the refresh margin already taken off);
   * `Infinity` when Monite gave no `expires_in`.
   */
  expiresAt: number
  /**
   * Unique per token request: tells a refreshed token from a revoked one even when Monite hands
   * out the same string again.
   */
  id: string
}

/**
 * Where the client keeps its token, and how processes that share it agree on who fetches the
 * next one. The default keeps it in the client's memory; pass one store to several clients (or
 * a shared one such as `@monite-kit/token-store-redis` to several processes) and they make one
 * token request per expiry between them.
 *
 * The client reads the store only when its own copy is missing or stale. It then takes the lock
 * (`lock(key, ttlMs)`, `ttlMs` = the client's `tokenTimeoutMs`), re-reads, fetches, `set`s and
 * releases; while another holder has the lock it re-reads every few ms (at most 50) until a
 * fresh token appears or the lock frees. A holder that dies delays the others by at most
 * `ttlMs`.
 *
 * Keys name the API root and the actor: the partner's client id, or the entity user's client
 * id, user id and the client's `entityId`. Entries hold bearer tokens: protect the store.
 *
 * @example
 * ```ts
 * // One store for every client of this process (e.g. a client per request):
 * const tokenStore = createMemoryTokenStore()
 * const monite = createMoniteClient({ environment: 'eu', auth, tokenStore })
 * ```
 */
export interface MoniteTokenStore {
  /** The token stored under `key`, if any (expired ones may be returned; the client checks). */
  get(key: string): Promise<MoniteStoredToken | null | undefined>
  /** Stores `value` under `key`; the store may drop it once `value.expiresAt` has passed. */
  set(key: string, value: MoniteStoredToken): Promise<void>
  /**
   * Takes the lock on `key` for at most `ttlMs` (after that it frees itself): resolves to a
   * function that releases it (only if still held by this caller; it should not throw), or to
   * `null` when someone else holds it.
   */
  lock(key: string, ttlMs: number): Promise<(() => unknown) | null>
}
