// Tokens across processes: 4 Node processes x 250 concurrent calls when every process's token
// has expired, with the default in-memory token cache and with the Redis token store
// (@monite-kit/token-store-redis on a real redis-server), side by side: token requests, and the
// latency the refresh adds per call. Skipped where redis-server is absent.
import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { fmtMs, median, sleep } from '../measure'
import { startRedis } from '../redis'
import type { Row, Skipped } from '../report'
import { startServer } from '../server'

const PROCESSES = 4
const CONCURRENT = 250
const REPS = 3
const GROUP = 'Token store across processes'
const STORES = ['memory', 'redis'] as const
type Store = (typeof STORES)[number]
const LABEL: Record<Store, string> = {
  memory: 'in-memory (default)',
  redis: 'Redis store',
}

interface Proc {
  child: ChildProcess
  request<T>(message: object, reply: string): Promise<T>
}

async function startProcess(): Promise<Proc> {
  const script = fileURLToPath(new URL('../token-store-worker.mjs', import.meta.url))
  const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = async <T>(type: string): Promise<T> => {
    for (;;) {
      const [message] = (await once(child, 'message')) as [{ type: string; error?: string }]
      if (message.type === 'error') throw new Error(`token-store worker: ${message.error}`)
      if (message.type === type) return message as T
    }
  }
  await next('started')
  return {
    child,
    request<T>(message: object, reply: string) {
      const answer = next<T>(reply)
      child.send(message)
      return answer
    },
  }
}

export async function tokenStoreBenchmarks(): Promise<{ rows: Row[]; skipped: Skipped[] }> {
  const redis = await startRedis()
  if (!redis) {
    return {
      rows: [],
      skipped: [
        {
          group: GROUP,
          reason:
            'redis-server not found (apt-get install redis-server); the Redis figures are skipped.',
        },
      ],
    }
  }
  const server = await startServer()
  const procs: Proc[] = []
  try {
    procs.push(...(await Promise.all(Array.from({ length: PROCESSES }, startProcess))))
    const prefix = `bench-${Date.now()}:` // one for all: they share their tokens
    await Promise.all(
      procs.map((p) =>
        p.request(
          {
            type: 'init',
            baseUrl: server.baseUrl,
            redisUrl: redis.url,
            entityId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
            prefix,
          },
          'ready',
        ),
      ),
    )
    /** Every process runs `count` concurrent calls on its `store` client at once. */
    const batch = async (store: Store, count: number, clearToken = false) => {
      const replies = await Promise.all(
        procs.map((p) =>
          p.request<{ latencies: number[] }>({ type: 'batch', store, count, clearToken }, 'batch'),
        ),
      )
      return replies.flatMap((r) => r.latencies)
    }
    const issued = async () => (await server.stats()).tokensIssued
    // A token endpoint that answers in 5 ms, like a nearby auth server.
    await server.configure({ tokenDelayMs: 5 })

    const tokens: Record<Store, number[]> = { memory: [], redis: [] }
    const added: Record<Store, number[]> = { memory: [], redis: [] }
    const expiredMs: Record<Store, number[]> = { memory: [], redis: [] }
    const cachedMs: Record<Store, number[]> = { memory: [], redis: [] }
    for (let rep = 0; rep < REPS; rep++) {
      // Tokens that live 1 s (the clients stop using them at 0.9 s); the warm-up batch also
      // opens the sockets the measured batches need.
      await server.configure({ ttl: 1 })
      for (const store of STORES) await batch(store, CONCURRENT, true)
      await server.configure({ ttl: 3600 })
      await sleep(1_100) // every process's token, and Redis's copy, expired
      const order = rep % 2 === 0 ? STORES : [...STORES].reverse()
      for (const store of order) {
        const before = await issued()
        const expired = median(await batch(store, CONCURRENT))
        tokens[store].push((await issued()) - before)
        const cached = median(await batch(store, CONCURRENT))
        expiredMs[store].push(expired)
        cachedMs[store].push(cached)
        added[store].push(expired - cached)
      }
    }

    // One process, one call that must fetch the token first, against one with it cached.
    const first = procs[0]
    if (!first) throw new Error('no process')
    const single: Record<Store, { refresh: number[]; cached: number[] }> = {
      memory: { refresh: [], cached: [] },
      redis: { refresh: [], cached: [] },
    }
    for (let i = 0; i < 25; i++) {
      for (const store of i % 2 === 0 ? STORES : [...STORES].reverse()) {
        const calls = (count: number, clearToken: boolean) =>
          first.request<{ latencies: number[] }>(
            { type: 'sequential', store, count, clearToken },
            'batch',
          )
        single[store].refresh.push(...(await calls(1, true)).latencies)
        single[store].cached.push(...(await calls(20, false)).latencies)
      }
    }
    await server.configure({ tokenDelayMs: 0 })

    const n = `${PROCESSES} processes x ${CONCURRENT} concurrent calls`
    const rows: Row[] = []
    for (const store of STORES) {
      rows.push({
        group: GROUP,
        name: `${n}, every token expired, ${LABEL[store]}: token requests`,
        value: `${Math.max(...tokens[store])} (runs: ${tokens[store].join(', ')})`,
        ratio: null,
        ...(store === 'redis'
          ? { goal: '1', met: tokens.redis.every((t) => t === 1) }
          : { baseline: 'one per process' }),
      })
    }
    for (const store of STORES) {
      const a = median(added[store])
      rows.push({
        group: GROUP,
        name: `${n}, every token expired, ${LABEL[store]}: median call latency (token endpoint takes 5 ms)`,
        value: `${fmtMs(median(expiredMs[store]))} (added per call: ${a > 0 ? fmtMs(a) : 'none measurable'}; per run ${added[store].map(fmtMs).join(', ')})`,
        ratio: median(expiredMs[store]) / median(cachedMs[store]),
        baseline: `same calls, token cached (${fmtMs(median(cachedMs[store]))})`,
      })
    }
    for (const store of STORES) {
      const refresh = median(single[store].refresh)
      const cached = median(single[store].cached)
      rows.push({
        group: GROUP,
        name: `one call that must fetch the token first, ${LABEL[store]}, median of 25 (1 process)`,
        value: `${fmtMs(refresh)} (+${fmtMs(refresh - cached)})`,
        ratio: refresh / cached,
        baseline: `one call, token cached (${fmtMs(cached)}, median of 500)`,
      })
    }
    const cachedRatio = median(single.redis.cached) / median(single.memory.cached)
    rows.push({
      group: GROUP,
      name: 'one call, token cached: Redis store against in-memory (no Redis round trip)',
      value: `${fmtMs(median(single.redis.cached))} vs ${fmtMs(median(single.memory.cached))}`,
      ratio: cachedRatio,
      baseline: 'in-memory, same process',
    })
    return { rows, skipped: [] }
  } finally {
    await Promise.all(
      procs.map(async (p) => {
        const exited = once(p.child, 'exit')
        p.child.send({ type: 'exit' })
        await Promise.race([exited, sleep(2_000)])
        if (p.child.exitCode === null) p.child.kill('SIGKILL')
      }),
    )
    await server.close()
    await redis.stop()
  }
}
