// The tokenStore option, in one process: clients that share a store share one token request
// per expiry; keys name the API root and the actor; the lock makes the others wait.
import { setTimeout as delay } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import {
  createMoniteClient,
  isMoniteClientError,
  type MoniteAuth,
  type MoniteStoredToken,
  type MoniteTokenStore,
} from '../../src'
import { rejection, startHarness } from './harness'

/** A store as a user would write one: a Map, locks with a TTL, every key it was asked for. */
function mapStore() {
  const tokens = new Map<string, MoniteStoredToken>()
  const locks = new Map<string, { until: number }>()
  const keys = new Set<string>()
  const store: MoniteTokenStore = {
    get: async (key) => {
      keys.add(key)
      return tokens.get(key)
    },
    set: async (key, value) => {
      keys.add(key)
      tokens.set(key, value)
    },
    lock: async (key, ttlMs) => {
      const held = locks.get(key)
      if (held && held.until > Date.now()) return null
      const mine = { until: Date.now() + ttlMs }
      locks.set(key, mine)
      return () => locks.get(key) === mine && locks.delete(key)
    },
  }
  return { store, tokens, keys }
}

const partner = { type: 'partner', clientId: 'c1', clientSecret: 'secret-1' } as const

describe('a shared tokenStore', () => {
  it('two clients, 100 concurrent calls each: one token request', async () => {
    const h = await startHarness()
    h.onToken = async (n) => {
      await delay(30)
      return { json: { access_token: `tok-${n}`, expires_in: 3600 } }
    }
    const { store } = mapStore()
    const a = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store })
    const b = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store })
    const calls = [a, b].flatMap((c) => Array.from({ length: 100 }, () => c.entityUsers.me()))
    await Promise.all(calls)
    expect(h.tokenRequests).toHaveLength(1)
    expect(new Set(h.seen)).toEqual(new Set(['tok-1']))
  })

  it('calls with a fresh token cost no store round trip', async () => {
    const h = await startHarness()
    const { store } = mapStore()
    let reads = 0
    const counted: MoniteTokenStore = {
      ...store,
      get: (key) => {
        reads++
        return store.get(key)
      },
    }
    const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: counted })
    await client.entityUsers.me()
    const afterFirst = reads
    expect(afterFirst).toBeGreaterThan(0)
    for (let i = 0; i < 50; i++) await client.entityUsers.me()
    expect(reads).toBe(afterFirst)
  })

  it('an expired stored token is refreshed once; a fresh one is used without a request', async () => {
    const h = await startHarness()
    const { store, tokens } = mapStore()
    const key = `${h.baseUrl} partner:c1`
    await store.set(key, { token: 'stale', expiresAt: Date.now() - 1, id: 'old' })
    const a = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store })
    await a.entityUsers.me()
    expect(h.tokenRequests).toHaveLength(1)
    expect(tokens.get(key)).toMatchObject({ token: 'tok-1' })
    // Another process stored a fresher one: a new client takes it from the store.
    await store.set(key, { token: 'from-elsewhere', expiresAt: Date.now() + 60_000, id: 'x' })
    const b = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store })
    await b.entityUsers.me()
    expect(h.tokenRequests).toHaveLength(1)
    expect(h.seen).toEqual(['tok-1', 'from-elsewhere'])
  })

  it('while another holds the lock, waits for the token it stores', async () => {
    const h = await startHarness()
    const { store } = mapStore()
    const key = `${h.baseUrl} partner:c1`
    const release = await store.lock(key, 5_000) // "another process" is fetching
    expect(release).toBeTypeOf('function')
    const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store })
    const pending = client.entityUsers.me()
    await delay(100)
    expect(h.seen).toEqual([]) // still waiting
    await store.set(key, { token: 'theirs', expiresAt: Date.now() + 60_000, id: 'theirs' })
    release?.()
    await expect(pending).resolves.toMatchObject({ login: 'ada' })
    expect(h.tokenRequests).toHaveLength(0)
    expect(h.seen).toEqual(['theirs'])
  })

  it('re-reads once it holds the lock: a token stored just before is used, not fetched again', async () => {
    const h = await startHarness()
    const { store } = mapStore()
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: partner,
      tokenStore: {
        ...store,
        // Between this client's read and its lock, "another process" stores a token and
        // releases the lock.
        lock: async (key, ttlMs) => {
          await store.set(key, { token: 'theirs', expiresAt: Date.now() + 60_000, id: 't' })
          return store.lock(key, ttlMs)
        },
      },
    })
    await client.entityUsers.me()
    expect(h.tokenRequests).toHaveLength(0)
    expect(h.seen).toEqual(['theirs'])
  })

  it('a lock never released delays a client by at most its TTL (tokenTimeoutMs)', async () => {
    const h = await startHarness()
    const { store } = mapStore()
    const key = `${h.baseUrl} partner:c1`
    await store.lock(key, 300) // its holder died
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: partner,
      tokenStore: store,
      tokenTimeoutMs: 300,
    })
    const started = Date.now()
    await client.entityUsers.me()
    const waited = Date.now() - started
    expect(waited).toBeGreaterThanOrEqual(250)
    expect(waited).toBeLessThan(300 + 250)
    expect(h.tokenRequests).toHaveLength(1)
  })

  it('401s across clients that share a store: one refresh between them', async () => {
    const h = await startHarness()
    h.accepts = (token) => token !== 'tok-1'
    h.meDelayMs = () => Math.random() * 30
    const { store } = mapStore()
    const clients = [1, 2, 3].map(() =>
      createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store }),
    )
    await Promise.all(clients.flatMap((c) => Array.from({ length: 50 }, () => c.entityUsers.me())))
    expect(h.tokenRequests).toHaveLength(2) // tok-1, then one refresh
  })

  it('clearToken() never takes the cleared token back from the store', async () => {
    const h = await startHarness()
    const { store } = mapStore()
    const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store })
    expect(await client.auth.getToken()).toBe('tok-1')
    client.auth.clearToken()
    expect(await client.auth.getToken()).toBe('tok-2')
  })

  it('a store that fails gives a token error with its error as the cause', async () => {
    const h = await startHarness()
    const broken = new Error('store down')
    const store: MoniteTokenStore = {
      get: () => Promise.reject(broken),
      set: async () => {},
      lock: async () => () => {},
    }
    const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenStore: store })
    const error = await rejection(client.entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('token')
    expect(error.cause).toBe(broken)
  })

  it('a store that never answers: the acquisition ends at 3 x tokenTimeoutMs, the next starts fresh', async () => {
    const h = await startHarness()
    let reads = 0
    let hang = true
    const { store } = mapStore()
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: partner,
      tokenTimeoutMs: 100,
      tokenStore: {
        ...store,
        get: (key) => {
          reads++
          return hang ? new Promise(() => {}) : store.get(key)
        },
      },
    })
    const started = Date.now()
    const error = await rejection(client.entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('token')
    expect((error.cause as Error).name).toBe('TimeoutError')
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
    expect(Date.now() - started).toBeLessThan(1_000)
    hang = false
    await expect(client.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
    expect(reads).toBeGreaterThanOrEqual(2)
    expect(h.tokenRequests).toHaveLength(1)
  })

  it('a release that throws or rejects is ignored (no unhandled rejection)', async () => {
    const h = await startHarness()
    const { store } = mapStore()
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: partner,
      tokenStore: {
        ...store,
        lock: async () => () => Promise.reject(new Error('release failed')),
      },
    })
    await expect(client.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
    const other = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: { ...partner, clientId: 'c2' },
      tokenStore: {
        ...store,
        lock: async () => () => {
          throw new Error('release threw')
        },
      },
    })
    await expect(other.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
  })
})

describe('store keys', () => {
  const entityUser = (entityUserId: string, clientId = 'c1'): MoniteAuth => ({
    type: 'entity_user',
    clientId,
    clientSecret: 'secret-1',
    entityUserId,
  })

  it('distinguish partner and entity-user tokens, per user and entity, client id and API root', async () => {
    const h = await startHarness()
    const other = await startHarness()
    h.onToken = (n, body) => ({
      json: { access_token: `${body.entity_user_id ?? body.client_id}-${n}`, expires_in: 3600 },
    })
    const { store, keys } = mapStore()
    const make = (auth: MoniteAuth, entityId?: string, baseUrl = h.baseUrl) =>
      createMoniteClient({ baseUrl, auth, entityId, tokenStore: store })
    const clients = [
      make(partner),
      make(partner, 'entity-1'), // same partner token whatever the entity
      make({ ...partner, clientId: 'c2' }),
      make(partner, undefined, other.baseUrl),
      make(entityUser('u1'), 'entity-1'),
      make(entityUser('u1'), 'entity-1'), // same user and entity: shared
      make(entityUser('u1'), 'entity-2'),
      make(entityUser('u2'), 'entity-1'),
      make(entityUser('u1', 'c2'), 'entity-1'),
    ]
    const tokens = []
    for (const c of clients) tokens.push(await c.auth.getToken())
    expect([...keys].sort()).toEqual(
      [
        `${h.baseUrl} partner:c1`,
        `${h.baseUrl} partner:c2`,
        `${other.baseUrl} partner:c1`,
        `${h.baseUrl} entity_user:u1 c1 entity-1`,
        `${h.baseUrl} entity_user:u1 c1 entity-2`,
        `${h.baseUrl} entity_user:u2 c1 entity-1`,
        `${h.baseUrl} entity_user:u1 c2 entity-1`,
      ].sort(),
    )
    expect(tokens).toEqual([
      'c1-1',
      'c1-1',
      'c2-2',
      'tok-1',
      'u1-3',
      'u1-3',
      'u1-4',
      'u2-5',
      'u1-6',
    ])
    for (const key of keys) expect(key).not.toContain('secret')
  })

  it('token and fetchToken clients keep their token to themselves', async () => {
    const h = await startHarness()
    const { store, keys } = mapStore()
    await createMoniteClient({
      baseUrl: h.baseUrl,
      auth: { type: 'token', token: 't' },
      tokenStore: store,
    }).entityUsers.me()
    await createMoniteClient({
      baseUrl: h.baseUrl,
      scope: 'user-1',
      auth: { type: 'fetchToken', fetchToken: async () => 'f' },
      tokenStore: store,
    }).entityUsers.me()
    expect(keys.size).toBe(0)
    expect(h.seen).toEqual(['t', 'f'])
  })
})
