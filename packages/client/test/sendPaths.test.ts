// How a call leaves the client. Helpers describe the call to the transport and let `fetch` build
// the one Request; `client.raw` goes through openapi-fetch, whose Request (and middleware) the
// transport keeps. Both must send the same thing, with and without the `fetch` option.
import { http } from 'msw'
import type { Middleware } from 'openapi-fetch'
import { describe, expect, it } from 'vitest'
import { isMoniteApiError } from '../src'
import {
  BASE,
  ENTITY_ID,
  json,
  partnerClient,
  recordRequests,
  server,
  tokenEndpoint,
  USER_ID,
  useMsw,
  user,
} from './helpers'

useMsw()

/** A `fetch` option that hands every Request on to MSW and keeps it. */
function keepingFetch() {
  const requests: Request[] = []
  const fetch = (request: Request) => {
    requests.push(request)
    return globalThis.fetch(request)
  }
  return { requests, fetch }
}

describe('the fetch option', () => {
  it('gets a Request for helper and raw calls, with the Monite headers and the JSON body', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${BASE}/entity_users/${USER_ID}`, () => json(user)),
      http.post(`${BASE}/entity_users`, () => json(user, 201)),
    )
    const { requests, fetch } = keepingFetch()
    const client = partnerClient({ fetch })
    await client.entityUsers.get(USER_ID)
    await client.entityUsers.create({ first_name: 'Ada', login: 'ada' })
    await client.raw.GET('/entity_users/{entity_user_id}', {
      params: { path: { entity_user_id: USER_ID } },
    })

    // The token request, then the three calls.
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /v1/auth/token',
      `GET /v1/entity_users/${USER_ID}`,
      'POST /v1/entity_users',
      `GET /v1/entity_users/${USER_ID}`,
    ])
    for (const request of requests.slice(1)) {
      expect(request).toBeInstanceOf(Request)
      expect(request.headers.get('authorization')).toBe('Bearer tok-1')
      expect(request.headers.get('x-monite-version')).toBe('2024-05-25')
      expect(request.headers.get('x-monite-entity-id')).toBe(ENTITY_ID)
    }
    const post = requests[2]!
    expect(post.headers.get('content-type')).toBe('application/json')
  })

  it('a POST body survives a 401 replay', async () => {
    tokenEndpoint()
    const bodies: unknown[] = []
    server.use(
      http.post(`${BASE}/entity_users`, async ({ request }) => {
        bodies.push(await request.json())
        return request.headers.get('authorization') === 'Bearer tok-1'
          ? json({ error: { message: 'expired' } }, 401)
          : json(user, 201)
      }),
    )
    const { requests, fetch } = keepingFetch()
    const created = await partnerClient({ fetch }).entityUsers.create({
      first_name: 'Ada',
      login: 'ada',
    })
    expect(created.id).toBe(USER_ID)
    expect(bodies).toEqual([
      { first_name: 'Ada', login: 'ada' },
      { first_name: 'Ada', login: 'ada' },
    ])
    // token, POST (401), token, POST.
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([
      null,
      'Bearer tok-1',
      null,
      'Bearer tok-2',
    ])
  })

  it("a call's signal reaches the Request it gets", async () => {
    tokenEndpoint()
    server.use(http.get(`${BASE}/entity_users/me`, () => new Promise<never>(() => {})))
    const { requests, fetch } = keepingFetch()
    const controller = new AbortController()
    const pending = partnerClient({ fetch }).entityUsers.me({ signal: controller.signal })
    await expect.poll(() => requests.length).toBe(2)
    controller.abort(new Error('stop'))
    await expect(pending).rejects.toThrow('stop')
    expect(requests[1]!.signal.aborted).toBe(true)
  })
})

describe('client.raw: openapi-fetch middleware and Request fields', () => {
  it('raw.use() middleware runs on raw calls, after the Monite headers; helpers skip it', async () => {
    tokenEndpoint()
    server.use(http.get(`${BASE}/entity_users/${USER_ID}`, () => json(user)))
    const seen: string[] = []
    const middleware: Middleware = {
      onRequest({ request, schemaPath }) {
        seen.push(`${schemaPath} ${request.headers.get('x-monite-entity-id')}`)
      },
    }
    const client = partnerClient()
    client.raw.use(middleware)
    await client.raw.GET('/entity_users/{entity_user_id}', {
      params: { path: { entity_user_id: USER_ID } },
    })
    await client.entityUsers.get(USER_ID)
    expect(seen).toEqual([`/entity_users/{entity_user_id} ${ENTITY_ID}`])
  })

  it("a middleware may return its own Request: it gets the token, retries and the Request's fields", async () => {
    tokenEndpoint()
    let calls = 0
    server.use(
      http.get(`${BASE}/entity_users/${USER_ID}`, ({ request }) => {
        calls++
        if (calls === 1) return json({ error: { message: 'busy' } }, 503)
        return json({ ...user, login: request.headers.get('x-traced') ?? 'none' })
      }),
    )
    const client = partnerClient()
    client.raw.use({
      onRequest({ request }) {
        const headers = new Headers(request.headers)
        headers.set('x-traced', 'yes')
        return new Request(request, { headers })
      },
    })
    const { data, error } = await client.raw.GET('/entity_users/{entity_user_id}', {
      params: { path: { entity_user_id: USER_ID } },
    })
    expect(error).toBeUndefined()
    expect(data?.login).toBe('yes')
    expect(calls).toBe(2)
  })

  it('Request fields given to a raw call reach fetch', async () => {
    tokenEndpoint()
    server.use(http.get(`${BASE}/entity_users/${USER_ID}`, () => json(user)))
    const recorded: Request[] = []
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'GET') recorded.push(request)
    }
    server.events.on('request:start', listener)
    try {
      await partnerClient().raw.GET('/entity_users/{entity_user_id}', {
        params: { path: { entity_user_id: USER_ID } },
        cache: 'no-store',
        redirect: 'error',
      })
    } finally {
      server.events.removeListener('request:start', listener)
    }
    expect(recorded).toHaveLength(1)
    expect(recorded[0]!.cache).toBe('no-store')
    expect(recorded[0]!.redirect).toBe('error')
    expect(recorded[0]!.headers.get('authorization')).toBe('Bearer tok-1')
  })

  it('a helper and a raw call send the same request', async () => {
    tokenEndpoint()
    server.use(http.get(`${BASE}/roles`, () => json({ data: [], next_pagination_token: null })))
    const log = recordRequests()
    const client = partnerClient({ headers: { 'x-extra': '1' } })
    const query = { limit: 5, name__in: ['a', 'b'], order: 'desc' } as const
    await client.roles.list(query)
    const { error } = await client.raw.GET('/roles', { params: { query } })
    expect(isMoniteApiError(error)).toBe(false)
    const [helper, raw] = log.filter((r) => r.path === '/v1/roles')
    expect(helper).toBeDefined()
    expect(raw).toEqual(helper)
    expect(helper!.query).toBe('limit=5&name__in=a&name__in=b&order=desc')
    expect(helper!.headers['x-extra']).toBe('1')
  })
})
