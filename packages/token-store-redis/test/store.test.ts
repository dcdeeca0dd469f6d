// The Redis store's own promises, against a real redis-server: round trips, expiry, the lock
// (NX, TTL, release only while held), prefixes, and failing open when Redis is down, hung or
// holds garbage.
import { setTimeout as delay } from 'node:timers/promises'
import { createMoniteClient } from '@monite-kit/client'
import { createClient as createClient6 } from 'redis'
import { createClient as createClient5 } from 'redis-v5'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisTokenStore } from '../src'
import { startFakeMonite } from './fakeMonite'
import { freePort, type RedisServer, skipReason, startRedis } from './redisServer'

if (skipReason) console.warn(`store.test.ts skipped: ${skipReason}`)

describe('createRedisTokenStore options', () => {
  it('needs a client with sendCommand', () => {
    expect(() => createRedisTokenStore({} as never)).toThrow(TypeError)
    expect(() => createRedisTokenStore(undefined as never)).toThrow(/needs \{ client \}/)
  })

  it('needs a positive, finite commandTimeoutMs', () => {
    const client = { sendCommand: async () => null }
    for (const commandTimeoutMs of [0, -1, Number.NaN, Infinity, '5' as never]) {
      expect(() => createRedisTokenStore({ client, commandTimeoutMs })).toThrow(RangeError)
    }
  })
})

// The peer range is redis 5.12+ or 6: every test runs with both clients.
const clients = [
  ['redis 6', createClient6],
  ['redis 5', createClient5 as unknown as typeof createClient6],
] as const

describe.skipIf(skipReason).each(clients)('against redis-server, %s', (_, createClient) => {
  let server: RedisServer
  let redis: Awaited<ReturnType<typeof connect>>
  const connect = () => createClient({ url: server.url }).connect()
  let n = 0
  /** A store on a fresh prefix, and the errors it reported. */
  const fresh = (options: { commandTimeoutMs?: number; client?: typeof redis } = {}) => {
    const errors: unknown[] = []
    const prefix = `t${++n}:`
    const store = createRedisTokenStore({
      client: options.client ?? redis,
      prefix,
      commandTimeoutMs: options.commandTimeoutMs,
      onError: (error) => errors.push(error),
    })
    return { store, errors, prefix }
  }
  beforeAll(async () => {
    server = await startRedis()
    redis = await connect()
  })
  afterAll(async () => {
    redis?.destroy()
    await server?.stop()
  })

  it('stores and reads a token; Infinity survives; the key expires with the token', async () => {
    const { store, errors, prefix } = fresh()
    expect(await store.get('k')).toBeUndefined()
    await store.set('forever', { token: 'a', expiresAt: Infinity, id: '1' })
    expect(await store.get('forever')).toEqual({ token: 'a', expiresAt: Infinity, id: '1' })
    expect(await redis.pTTL(`${prefix}token:forever`)).toBe(-1)
    const expiresAt = Date.now() + 300
    await store.set('short', { token: 'b', expiresAt, id: '2' })
    expect(await store.get('short')).toEqual({ token: 'b', expiresAt, id: '2' })
    const ttl = await redis.pTTL(`${prefix}token:short`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(300)
    await delay(400)
    expect(await store.get('short')).toBeUndefined()
    // An already expired token is not stored at all.
    await store.set('old', { token: 'c', expiresAt: Date.now() - 1, id: '3' })
    expect(await redis.exists(`${prefix}token:old`)).toBe(0)
    expect(errors).toEqual([])
  })

  it("the lock: one holder at a time, freed by release or by its TTL, never someone else's", async () => {
    const { store, errors } = fresh()
    const first = await store.lock('k', 300)
    expect(first).toBeTypeOf('function')
    expect(await store.lock('k', 300)).toBeNull()
    expect(await store.lock('other', 300)).toBeTypeOf('function') // per key
    await first?.()
    const second = await store.lock('k', 200)
    expect(second).toBeTypeOf('function')
    await delay(300) // its holder "died": the TTL frees it
    const third = await store.lock('k', 5_000)
    expect(third).toBeTypeOf('function')
    await second?.() // the late release of an expired lock leaves the new holder's alone
    expect(await store.lock('k', 5_000)).toBeNull()
    await third?.()
    expect(await store.lock('k', 5_000)).toBeTypeOf('function')
    expect(errors).toEqual([])
  })

  it('prefixes keep two apps on one Redis apart', async () => {
    const a = fresh()
    const b = fresh()
    await a.store.set('k', { token: 'a', expiresAt: Infinity, id: '1' })
    expect(await b.store.get('k')).toBeUndefined()
    expect(await a.store.lock('k', 1_000)).toBeTypeOf('function')
    expect(await b.store.lock('k', 1_000)).toBeTypeOf('function')
  })

  it('an unreadable entry reads as none, and is reported', async () => {
    const { store, errors, prefix } = fresh()
    for (const value of ['not json', '{"token":1}', 'null', '[]']) {
      await redis.set(`${prefix}token:k`, value)
      expect(await store.get('k')).toBeUndefined()
    }
    expect(errors).toHaveLength(4)
  })

  it('Redis hung (CLIENT PAUSE): each command gives up at commandTimeoutMs, Monite calls go on', async () => {
    const fake = await startFakeMonite()
    const admin = await connect()
    const client = await connect()
    try {
      const { store, errors } = fresh({ client, commandTimeoutMs: 150 })
      const monite = createMoniteClient({
        baseUrl: fake.baseUrl,
        auth: { type: 'partner', clientId: 'c1', clientSecret: 's1' },
        tokenStore: store,
      })
      await admin.sendCommand(['CLIENT', 'PAUSE', '1500', 'ALL'])
      const started = Date.now()
      await expect(monite.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
      // get, lock, get and set, each bounded (the release runs in the background).
      expect(Date.now() - started).toBeLessThan(2_000)
      expect(fake.tokenRequests).toHaveLength(1)
      expect(errors.length).toBeGreaterThanOrEqual(3)
      expect(String(errors[0])).toMatch(/took over 150 ms/)
    } finally {
      await admin.sendCommand(['CLIENT', 'UNPAUSE'])
      admin.destroy()
      client.destroy()
      await fake.close()
    }
  })

  it('Redis down: the store fails open (each process fetches its own token) and reports it', async () => {
    const fake = await startFakeMonite()
    // A client whose server is gone: it keeps reconnecting; its commands never run.
    const port = await freePort()
    const gone = createClient({
      url: `redis://127.0.0.1:${port}`,
      socket: { reconnectStrategy: 50, connectTimeout: 200 },
    })
    gone.on('error', () => {})
    gone.connect().catch(() => {})
    try {
      const { store, errors } = fresh({ client: gone as never, commandTimeoutMs: 100 })
      const monite = createMoniteClient({
        baseUrl: fake.baseUrl,
        auth: { type: 'partner', clientId: 'c1', clientSecret: 's1' },
        tokenStore: store,
      })
      await Promise.all(Array.from({ length: 20 }, () => monite.entityUsers.me()))
      expect(fake.tokenRequests).toHaveLength(1) // still single-flight within the process
      expect(errors.length).toBeGreaterThan(0)
    } finally {
      gone.destroy()
      await fake.close()
    }
  })
})
