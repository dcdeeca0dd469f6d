// Tokens across processes, against a real redis-server and real Node processes: 4 processes x
// 250 concurrent calls with an expired token make exactly 1 token request; a lock holder that
// dies mid-fetch delays the others by at most the lock's TTL; entity-user tokens are keyed per
// user and entity.
import { existsSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type FakeMonite, startFakeMonite } from './fakeMonite'
import { type RedisServer, skipReason, startRedis } from './redisServer'
import { startWorker, type Worker } from './workers'

const built = existsSync(new URL('../dist/index.js', import.meta.url))
const skip = skipReason ?? (built ? undefined : 'no dist/: run `pnpm build` first')
if (skip) console.warn(`processes.test.ts skipped: ${skip}`)

const partner = { type: 'partner', clientId: 'c1', clientSecret: 's1' } as const

describe.skipIf(skip)('4 Node processes sharing one Redis', () => {
  let redis: RedisServer
  let fake: FakeMonite
  let workers: Worker[] = []
  let prefix = 0
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await redis?.stop()
  })
  afterEach(async () => {
    await Promise.all(workers.map((w) => w.kill()))
    workers = []
    await fake?.close()
  })
  /** `n` worker processes, each with a client on `auth`, all on a fresh key prefix. */
  const spawn = async (n: number, init: Partial<Parameters<Worker['init']>[0]> = {}) => {
    const started = await Promise.all(Array.from({ length: n }, () => startWorker()))
    workers.push(...started)
    const keyPrefix = `test-${++prefix}:`
    await Promise.all(
      started.map((w) =>
        w.init({
          baseUrl: fake.baseUrl,
          redisUrl: redis.url,
          auth: partner,
          prefix: keyPrefix,
          ...init,
        }),
      ),
    )
    return started
  }

  it('4 x 250 concurrent calls with an expired token: exactly 1 token request', async () => {
    fake = await startFakeMonite()
    // The token endpoint takes 50 ms, so that the other processes find the lock taken. The first
    // token lives 3 s (the clients stop using it at 2.7 s), the next one an hour.
    fake.onToken = async (n) => {
      await new Promise((resolve) => setTimeout(resolve, 50))
      return { access_token: `tok-${n}`, expires_in: n === 1 ? 3 : 3600 }
    }
    const processes = await spawn(4)
    // Cold start, all 4 at once: one token request too.
    const warm = await Promise.all(processes.map((w) => w.calls(1)))
    expect(warm.flatMap((r) => r.errors)).toEqual([])
    expect(fake.tokenRequests).toHaveLength(1)
    const issued = fake.tokenRequests[0]?.at ?? 0
    // Every process's token, and Redis's copy, expired.
    await new Promise((resolve) => setTimeout(resolve, issued + 3_100 - Date.now()))
    const burst = await Promise.all(processes.map((w) => w.calls(250)))
    expect(burst.flatMap((r) => r.errors)).toEqual([])
    expect(burst.map((r) => r.latencies.length)).toEqual([250, 250, 250, 250])
    expect(fake.tokenRequests).toHaveLength(2)
    expect(burst.map((r) => r.token)).toEqual(['tok-2', 'tok-2', 'tok-2', 'tok-2'])
    expect(fake.seen.filter((t) => t === 'tok-2')).toHaveLength(1_000)
  })

  it('a lock holder killed mid-fetch delays the others by at most the lock TTL', async () => {
    fake = await startFakeMonite()
    const TTL = 1_500 // tokenTimeoutMs, the lock's TTL
    fake.onToken = (n) => (n === 1 ? 'hang' : { access_token: `tok-${n}`, expires_in: 3600 })
    const [holder, ...others] = await spawn(3, { tokenTimeoutMs: TTL })
    if (!holder) throw new Error('no worker')
    holder.start(1) // takes the lock, then its token request hangs
    const first = await fake.tokenRequest(1)
    await holder.kill() // dies holding the lock
    const tokens = await Promise.all(others.map((w) => w.getToken()))
    expect(tokens.map((t) => t.token)).toEqual(['tok-2', 'tok-2'])
    expect(fake.tokenRequests).toHaveLength(2)
    const second = fake.tokenRequests[1]
    if (!second) throw new Error('no second token request')
    // The lock was honoured until its TTL ran out (it was taken just before the first request
    // arrived; without it the others would fetch at once), and not much longer: each process
    // had its token within the TTL and a little (a 20 ms poll, a token request, a loaded CPU).
    const gap = second.at - first.at
    expect(gap).toBeGreaterThan(TTL / 2)
    expect(gap).toBeLessThan(TTL + 700)
    for (const t of tokens) expect(t.at - first.at).toBeLessThan(TTL + 700)
    // And their calls go through.
    const results = await Promise.all(others.map((w) => w.calls(50)))
    expect(results.flatMap((r) => r.errors)).toEqual([])
    expect(fake.tokenRequests).toHaveLength(2)
  })

  it('entity-user tokens are keyed per user and entity', async () => {
    fake = await startFakeMonite()
    fake.onToken = (n, body) => ({ access_token: `${body.entity_user_id}-${n}`, expires_in: 3600 })
    const entityUser = (entityUserId: string) =>
      ({ type: 'entity_user', clientId: 'c1', clientSecret: 's1', entityUserId }) as const
    const a1 = await spawn(2, { auth: entityUser('u1'), entityId: 'e1' })
    const prefixOf = `test-${prefix}:`
    const [b] = await spawn(1, { auth: entityUser('u1'), entityId: 'e2', prefix: prefixOf })
    const [c] = await spawn(1, { auth: entityUser('u2'), entityId: 'e1', prefix: prefixOf })
    const [d] = await spawn(1, { auth: partner, prefix: prefixOf })
    const all = [...a1, b, c, d]
    const results = []
    for (const w of all) results.push(await w?.calls(20))
    expect(results.flatMap((r) => r?.errors ?? ['no worker'])).toEqual([])
    const tokens = results.map((r) => r?.token)
    // The two processes of (u1, e1) share one token; every other actor has its own.
    expect(tokens[0]).toBe(tokens[1])
    expect(new Set(tokens).size).toBe(4)
    expect(tokens.slice(0, 4).map((t) => t?.split('-')[0])).toEqual(['u1', 'u1', 'u1', 'u2'])
    expect(fake.tokenRequests).toHaveLength(4)
    expect(fake.tokenRequests.map((r) => r.body.grant_type)).toEqual([
      'entity_user',
      'entity_user',
      'entity_user',
      'client_credentials',
    ])
  })
})
