import type { MoniteStoredToken, MoniteTokenStore } from '@monite-kit/client'

/**
 * What the store uses of a node-redis client: `sendCommand` (raw commands, so any `redis` 5 or
 * 6 client fits, whatever its modules, scripts or RESP version). Pass `createClient()`'s
 * result, connected.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis'
 * const client: RedisCommandClient = await createClient({ url: process.env.REDIS_URL }).connect()
 * ```
 */
export interface RedisCommandClient {
  sendCommand(args: string[], options?: { abortSignal?: AbortSignal }): Promise<unknown>
}

/**
 * Options of {@link createRedisTokenStore}.
 *
 * @example
 * ```ts
 * const options: RedisTokenStoreOptions = { client, prefix: 'billing:monite:', onError: log.warn }
 * ```
 */
export interface RedisTokenStoreOptions {
  /** A connected node-redis client (`createClient()` from `redis` 5 or 6). */
  client: RedisCommandClient
  /** Put before every key (`<prefix>token:<key>`, `<prefix>lock:<key>`). Default `monite-kit:`. */
  prefix?: string
  /**
   * The longest one Redis command may take, in ms; past it the store acts as if Redis were
   * down (see `onError`). Default `1000`.
   */
  commandTimeoutMs?: number
  /**
   * Called with every Redis failure (an error, a timeout, an unreadable value). The store then
   * fails open: no stored token, the lock granted, nothing stored, so that each process fetches
   * its own token, as it would without a store, rather than failing its Monite calls. Default:
   * `console.warn`.
   */
  onError?: (error: unknown) => void
}

/** Deletes the lock only if it still holds this holder's value (it may have expired). */
const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"

function isStoredToken(value: unknown): value is MoniteStoredToken {
  const entry = value as MoniteStoredToken | null
  return (
    typeof entry?.token === 'string' &&
    typeof entry.id === 'string' &&
    typeof entry.expiresAt === 'number'
  )
}

/**
 * A {@link MoniteTokenStore} on Redis: the processes and machines that share it make one Monite
 * token request per expiry between them. The token is kept under `<prefix>token:<key>` (JSON,
 * expiring with the token); the lock is `SET <prefix>lock:<key> <random> NX PX <ttl>`, released
 * by a script that deletes it only while it is still the holder's, so a holder that dies
 * delays the others by at most the lock's TTL (the client's `tokenTimeoutMs`).
 *
 * @example
 * ```ts
 * import { createMoniteClient } from '@monite-kit/client'
 * import { createRedisTokenStore } from '@monite-kit/token-store-redis'
 * import { createClient } from 'redis'
 *
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect()
 * const monite = createMoniteClient({
 *   environment: 'eu',
 *   auth: { type: 'partner', clientId: process.env.MONITE_CLIENT_ID!, clientSecret: process.env.MONITE_CLIENT_SECRET! },
 *   tokenStore: createRedisTokenStore({ client: redis }),
 * })
 * ```
 */
export function createRedisTokenStore(options: RedisTokenStoreOptions): MoniteTokenStore {
  const {
    client,
    prefix = 'monite-kit:',
    commandTimeoutMs = 1000,
    onError = (error: unknown) => console.warn('[@monite-kit/token-store-redis]', error),
  } = options ?? {}
  if (typeof client?.sendCommand !== 'function') {
    throw new TypeError(
      'createRedisTokenStore needs { client }: a node-redis client (redis 5 or 6)',
    )
  }
  if (
    !(typeof commandTimeoutMs === 'number' && commandTimeoutMs > 0 && commandTimeoutMs < 2 ** 31)
  ) {
    throw new RangeError(`commandTimeoutMs must be a number of ms above 0, got ${commandTimeoutMs}`)
  }

  /** Runs one command, bounded by commandTimeoutMs; `fallback` (and onError) when it fails. */
  const run = async (args: string[], fallback: unknown): Promise<unknown> => {
    const abortSignal = AbortSignal.timeout(commandTimeoutMs)
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      return await Promise.race([
        client.sendCommand(args, { abortSignal }),
        new Promise((_, reject) => {
          // setImmediate: a reply that arrived while the event loop was busy is read first.
          timer = setTimeout(
            () =>
              setImmediate(() =>
                reject(new Error(`Redis ${args[0]} took over ${commandTimeoutMs} ms`)),
              ),
            commandTimeoutMs,
          )
        }),
      ])
    } catch (error) {
      onError(error)
      return fallback
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    async get(key) {
      const reply = await run(['GET', `${prefix}token:${key}`], null)
      if (reply == null) return undefined
      try {
        const entry = JSON.parse(String(reply))
        // JSON has no Infinity: a token without expiry is stored with `expiresAt: null`.
        entry.expiresAt ??= Infinity
        if (isStoredToken(entry)) return entry
      } catch {}
      onError(new Error(`Unreadable token entry at ${prefix}token:${key}`))
      return undefined
    },
    async set(key, value) {
      const ttl = Math.ceil(value.expiresAt - Date.now())
      if (!(ttl > 0)) return
      const args = ['SET', `${prefix}token:${key}`, JSON.stringify(value)]
      await run(Number.isFinite(ttl) ? [...args, 'PX', String(ttl)] : args, null)
    },
    async lock(key, ttlMs) {
      const lockKey = `${prefix}lock:${key}`
      const mine = `${Date.now()}:${Math.random()}`
      const ttl = String(Math.max(1, Math.ceil(ttlMs)))
      // Redis unreachable: granted (a no-op lock), so that this process fetches on its own.
      const reply = await run(['SET', lockKey, mine, 'NX', 'PX', ttl], 'OK')
      if (reply === null) return null
      return () => run(['EVAL', RELEASE, '1', lockKey, mine], 0)
    },
  }
}
