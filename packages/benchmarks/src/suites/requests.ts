// Request overhead (10,000 sequential GETs per contender, against a local node:http server) and
// token single-flight under load (1,000 concurrent calls with an expired or revoked token).

import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createMoniteClient, type paths } from '@monite-kit/client'
import createClient from 'openapi-fetch'
import { generateCompetitors } from '../competitors'
import { fmtMs, fmtUs, median, now, sleep, timeSequential } from '../measure'
import type { Row } from '../report'
import { startServer } from '../server'
import { toolLabel } from '../versions'

const ENTITY_ID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d'
const USER_ID = '7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f'
const VERSION = '2024-05-25'
const partner = { type: 'partner', clientId: 'bench-client', clientSecret: 'bench-secret' } as const

/**
 * GETs per contender, split into short rounds whose order rotates so that drift and noise from
 * other processes hit every contender alike; the figure is the median round, the ratio the
 * median of per-round ratios against raw fetch.
 */
export const REQUESTS = 10_000
const ROUNDS = 40
const WARMUP = 1_000
const CONCURRENT = 1_000

type Contender = { name: string; call: () => Promise<unknown> }

/** What the bench uses of hey-api's generated output (loaded at run time, so typed by hand). */
interface HeyApiClientModule {
  client: {
    setConfig(config: {
      baseUrl: string
      auth: () => string
      headers: Record<string, string>
    }): unknown
  }
}
interface HeyApiSdkModule {
  getEntityUsersId(options: {
    path: { entity_user_id: string }
  }): Promise<{ data?: unknown; error?: unknown }>
}
/** What the bench uses of kubb's generated fetch client and its configuration module. */
interface KubbFetchModule {
  setConfig(config: { baseURL: string; headers: Record<string, string> }): unknown
}
interface KubbClientModule {
  getEntityUsersId(id: string, headers: Record<string, string>): Promise<unknown>
}
/** What the bench uses of orval's generated fetch client. */
interface OrvalModule {
  getEntityUsersId(id: string, init?: RequestInit): Promise<{ data: unknown; status: number }>
}

export async function requestBenchmarks(): Promise<Row[]> {
  const server = await startServer()
  try {
    return [...(await overhead(server.baseUrl)), ...(await singleFlight(server))]
  } finally {
    await server.close()
  }
}

async function overhead(baseUrl: string): Promise<Row[]> {
  const group = 'Request overhead'
  const token = 'tok-static'
  const url = `${baseUrl}/entity_users/${USER_ID}`
  const headers = {
    authorization: `Bearer ${token}`,
    'x-monite-version': VERSION,
    'x-monite-entity-id': ENTITY_ID,
  }
  const bare = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } })
  // What openapi-fetch users write by hand: a middleware that adds the token and Monite headers.
  const withMiddleware = createClient<paths>({ baseUrl })
  withMiddleware.use({
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${token}`)
      request.headers.set('x-monite-version', VERSION)
      request.headers.set('x-monite-entity-id', ENTITY_ID)
      return request
    },
  })
  const kit = createMoniteClient({ baseUrl, entityId: ENTITY_ID, auth: partner })
  await kit.entityUsers.get(USER_ID) // fetches and caches the token

  // Generated clients, configured the way their docs show: the token and Monite headers set once.
  const generated = await generateCompetitors(baseUrl)
  const load = (file: string) => import(pathToFileURL(file).href)
  const heyApiClient = (await load(
    join(generated.heyApiDir, 'client.gen.ts'),
  )) as HeyApiClientModule
  const heyApi = (await load(join(generated.heyApiDir, 'sdk.gen.ts'))) as HeyApiSdkModule
  const orval = (await load(generated.orvalFile)) as OrvalModule
  const kubbFetch = (await load(join(generated.kubbDir, '.kubb/fetch.ts'))) as KubbFetchModule
  const kubb = (await load(
    join(generated.kubbDir, 'clients/getEntityUsersId.ts'),
  )) as KubbClientModule
  await generated.cleanup()
  heyApiClient.client.setConfig({
    baseUrl,
    auth: () => token,
    headers: { 'x-monite-version': VERSION, 'x-monite-entity-id': ENTITY_ID },
  })
  kubbFetch.setConfig({ baseURL: baseUrl, headers })

  const contenders: Contender[] = [
    {
      name: 'raw fetch + res.json()',
      call: async () => {
        const res = await fetch(url, { headers })
        if (!res.ok) throw new Error(`raw fetch: ${res.status}`)
        return res.json()
      },
    },
    {
      name: `${toolLabel('openapi-fetch')} (bare)`,
      call: async () => {
        const { data, error } = await bare.GET('/entity_users/{entity_user_id}', {
          params: {
            path: { entity_user_id: USER_ID },
            header: { 'x-monite-version': VERSION, 'x-monite-entity-id': ENTITY_ID },
          },
        })
        if (error) throw new Error('openapi-fetch failed')
        return data
      },
    },
    {
      name: `${toolLabel('openapi-fetch')} + auth-header middleware`,
      call: async () => {
        const { data, error } = await withMiddleware.GET('/entity_users/{entity_user_id}', {
          params: {
            path: { entity_user_id: USER_ID },
            header: { 'x-monite-version': VERSION, 'x-monite-entity-id': ENTITY_ID },
          },
        })
        if (error) throw new Error('openapi-fetch + middleware failed')
        return data
      },
    },
    {
      name: `${generated.heyApiLabel} (generated SDK, client-fetch)`,
      call: async () => {
        const { data, error } = await heyApi.getEntityUsersId({
          path: { entity_user_id: USER_ID },
        })
        if (error) throw new Error('hey-api failed')
        return data
      },
    },
    {
      name: `${generated.orvalLabel} (generated fetch client)`,
      call: async () => {
        const { data, status } = await orval.getEntityUsersId(USER_ID, { headers })
        if (status !== 200) throw new Error(`orval: ${status}`)
        return data
      },
    },
    {
      name: `${generated.kubbLabel} (generated fetch client)`,
      call: async () => {
        const user = await kubb.getEntityUsersId(USER_ID, {})
        if (!user) throw new Error('kubb failed')
        return user
      },
    },
    {
      name: '@monite-kit/client client.raw.GET',
      call: async () => {
        const { data, error } = await kit.raw.GET('/entity_users/{entity_user_id}', {
          params: { path: { entity_user_id: USER_ID } },
        })
        if (error) throw new Error('client.raw failed')
        return data
      },
    },
    {
      name: '@monite-kit/client entityUsers.get',
      call: () => kit.entityUsers.get(USER_ID),
    },
  ]

  for (const c of contenders) await timeSequential(WARMUP, c.call)
  const rounds = new Map<string, number[]>(contenders.map((c) => [c.name, []]))
  const perRound = REQUESTS / ROUNDS
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[(round + k) % contenders.length]!
      const ms = await timeSequential(perRound, c.call)
      rounds.get(c.name)!.push((ms * 1000) / perRound)
    }
  }
  const usPerReq = (name: string) => median(rounds.get(name) ?? [])
  const base = usPerReq(contenders[0]!.name)
  const baseRounds = rounds.get(contenders[0]!.name) ?? []
  // Each round's time against raw fetch's in the same round, so that drift and other processes
  // weigh on both sides of a ratio alike; the ratio is the median of those.
  const pairedRatio = (name: string) =>
    median((rounds.get(name) ?? []).map((us, round) => us / baseRounds[round]!))
  return contenders.map((c, i) => {
    const us = usPerReq(c.name)
    const ratio = i === 0 ? 1 : pairedRatio(c.name)
    const row: Row = {
      group,
      name: `${REQUESTS.toLocaleString('en-US')} GETs /entity_users/{id}: ${c.name}`,
      value: `${fmtUs(us)}/req${i > 0 ? ` (${us >= base ? '+' : '−'}${fmtUs(Math.abs(us - base))})` : ''}`,
      ratio,
      baseline: 'raw fetch',
    }
    if (c.name.includes('entityUsers.get')) {
      row.goal = '≤ 1.10x raw fetch'
      row.met = ratio <= 1.1
    }
    return row
  })
}

async function singleFlight(server: Awaited<ReturnType<typeof startServer>>): Promise<Row[]> {
  const group = 'Token single-flight'
  const baseUrl = server.baseUrl
  const batch = (client: ReturnType<typeof createMoniteClient>) => {
    const start = now()
    const calls: Promise<unknown>[] = []
    for (let i = 0; i < CONCURRENT; i++) calls.push(client.entityUsers.get(USER_ID))
    return Promise.all(calls).then(() => now() - start)
  }
  const issued = async () => (await server.stats()).tokensIssued
  // A token endpoint that answers in 5 ms, like a nearby auth server.
  await server.configure({ tokenDelayMs: 5, ttl: 3600 })

  const cachedMs: number[] = []
  const expiredMs: number[] = []
  const addedMs: number[] = []
  const expiredTokens: number[] = []
  for (let rep = 0; rep < 3; rep++) {
    // A: a token valid for an hour. B: a token issued with expires_in = 1 s.
    const cached = createMoniteClient({ baseUrl, entityId: ENTITY_ID, auth: partner })
    await cached.entityUsers.get(USER_ID)
    await server.configure({ ttl: 1 })
    const expired = createMoniteClient({ baseUrl, entityId: ENTITY_ID, auth: partner })
    await expired.entityUsers.get(USER_ID)
    await server.configure({ ttl: 3600 })
    await batch(cached) // opens the sockets that 1,000 concurrent calls need
    await sleep(1050) // B's token expires; both batches then start from the same idle state
    const measureExpired = async () => {
      const before = await issued()
      const ms = await batch(expired)
      expiredTokens.push((await issued()) - before)
      return ms
    }
    // Alternate the order, so that neither batch always runs on the other's garbage.
    let c: number
    let e: number
    if (rep % 2 === 0) {
      c = await batch(cached)
      e = await measureExpired()
    } else {
      e = await measureExpired()
      c = await batch(cached)
    }
    cachedMs.push(c)
    expiredMs.push(e)
    addedMs.push(e - c)
  }

  // Revoked: Monite answers 401 to the cached token; every call is replayed once.
  const revokedClient = createMoniteClient({ baseUrl, entityId: ENTITY_ID, auth: partner })
  await revokedClient.entityUsers.get(USER_ID)
  const revokedBase = await batch(revokedClient)
  await server.configure({ revokeIssued: true })
  const before = await issued()
  const revokedMs = await batch(revokedClient)
  const revokedTokens = (await issued()) - before

  // One call that has to fetch a token first (clearToken), against one with the token cached:
  // the latency a refresh adds to the calls that wait for it.
  const single = createMoniteClient({ baseUrl, entityId: ENTITY_ID, auth: partner })
  await single.entityUsers.get(USER_ID)
  const oneCached: number[] = []
  const oneRefresh: number[] = []
  for (let i = 0; i < 25; i++) {
    let start = now()
    await single.entityUsers.get(USER_ID)
    oneCached.push(now() - start)
    single.auth.clearToken()
    start = now()
    await single.entityUsers.get(USER_ID)
    oneRefresh.push(now() - start)
  }
  await server.configure({ tokenDelayMs: 0 })

  const base = median(cachedMs)
  const expired = median(expiredMs)
  const added = median(addedMs)
  const maxTokens = Math.max(...expiredTokens)
  const n = CONCURRENT.toLocaleString('en-US')
  return [
    {
      group,
      name: `${n} concurrent calls, token cached (baseline)`,
      value: fmtMs(base),
      ratio: 1,
      baseline: 'itself',
    },
    {
      group,
      name: `${n} concurrent calls, token expired: token requests`,
      value: `${maxTokens} (runs: ${expiredTokens.join(', ')})`,
      ratio: null,
      goal: '1',
      met: expiredTokens.every((t) => t === 1),
    },
    {
      group,
      name: `${n} concurrent calls, token expired: batch time (token endpoint takes 5 ms)`,
      value: `${fmtMs(expired)} (added: ${added > 0 ? fmtMs(added) : 'none measurable'}; per run ${addedMs.map(fmtMs).join(', ')})`,
      ratio: expired / base,
      baseline: 'token cached',
    },
    {
      group,
      name: 'one call that must fetch the token first (token endpoint takes 5 ms), median of 25',
      value: `${fmtMs(median(oneRefresh))} (+${fmtMs(median(oneRefresh) - median(oneCached))})`,
      ratio: median(oneRefresh) / median(oneCached),
      baseline: `one call, token cached (${fmtMs(median(oneCached))})`,
    },
    {
      group,
      name: `${n} concurrent calls, token revoked (401, refresh, replay): token requests`,
      value: String(revokedTokens),
      ratio: null,
      goal: '1',
      met: revokedTokens === 1,
    },
    {
      group,
      name: `${n} concurrent calls, token revoked: batch time`,
      value: `${fmtMs(revokedMs)} (+${fmtMs(revokedMs - revokedBase)})`,
      ratio: revokedMs / revokedBase,
      baseline: 'token cached',
    },
  ]
}
