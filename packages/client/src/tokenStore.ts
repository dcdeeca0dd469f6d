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
 * next one. By default each client keeps its token in its own memory; pass one store to several
 * clients (or a shared one such as `@monite-kit/token-store-redis` to several processes) and
 * they make one token request per expiry between them.
 *
 * The client reads the store only when its own copy is missing or stale. It then takes the lock
 * (`lock(key, ttlMs)`, `ttlMs` = the client's `tokenTimeoutMs`), re-reads, fetches, `set`s and
 * releases; while another holder has the lock it re-reads every 20 ms until a fresh token
 * appears or the lock frees. A holder that dies delays the others by at most `ttlMs`. The
 * client gives up on a whole acquisition (store calls included) after 3 x `tokenTimeoutMs`, but
 * a store should bound its own calls (the Redis store does) and must not share entries between
 * keys.
 *
 * Keys name the API root and the actor, never a secret: `<API root> partner:<clientId>`, or
 * `<API root> entity_user:<entityUserId> <clientId> <entityId>` (the client's `entityId`). Only
 * partner and entity-user clients use the store; `token` and `fetchToken` clients keep their
 * token to themselves. Entries hold bearer tokens: protect the store.
 *
 * @example A store shared by the clients of one process (e.g. one client per request)
 * ```ts
 * const tokens = new Map<string, MoniteStoredToken>()
 * const locks = new Map<string, number>()
 * const tokenStore: MoniteTokenStore = {
 *   get: async (key) => tokens.get(key),
 *   set: async (key, value) => void tokens.set(key, value),
 *   lock: async (key, ttlMs) => {
 *     if ((locks.get(key) ?? 0) > Date.now()) return null
 *     const until = Date.now() + ttlMs
 *     locks.set(key, until)
 *     return () => locks.get(key) === until && locks.delete(key)
 *   },
 * }
 * const monite = createMoniteClient({ environment: 'eu', auth, tokenStore })
 * ```
 * Across processes: `createRedisTokenStore` from `@monite-kit/token-store-redis`.
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
