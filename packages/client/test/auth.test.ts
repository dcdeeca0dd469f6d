import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMoniteClient, isMoniteApiError, isMoniteClientError } from '../src'
import {
  BASE,
  CLIENT_ID,
  CLIENT_SECRET,
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
afterEach(() => {
  vi.useRealTimers()
})

/** `/entity_users/me` that accepts only the tokens in `valid`. */
function meEndpoint(valid: Set<string>) {
  const seen: string[] = []
  server.use(
    http.get(`${BASE}/entity_users/me`, ({ request }) => {
      const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? ''
      seen.push(token)
      if (!valid.has(token)) return json({ error: { message: 'Token is invalid' } }, 401)
      return json(user)
    }),
  )
  return seen
}

describe('token manager', () => {
  it('50 concurrent calls cause exactly one token request', async () => {
    const tokens = tokenEndpoint({ delayMs: 20 })
    const seen = meEndpoint(new Set(['tok-1']))
    const client = partnerClient()
    const results = await Promise.all(Array.from({ length: 50 }, () => client.entityUsers.me()))
    expect(results).toHaveLength(50)
    expect(tokens.calls).toBe(1)
    expect(new Set(seen)).toEqual(new Set(['tok-1']))
    expect(tokens.bodies[0]).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    })
  })

  it('reuses the cached token and refreshes it shortly before expires_in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2024-06-01T00:00:00Z'))
    const tokens = tokenEndpoint({ expiresIn: 3600 })
    const seen = meEndpoint(new Set(['tok-1', 'tok-2']))
    const client = partnerClient()
    await client.entityUsers.me()
    vi.setSystemTime(new Date('2024-06-01T00:58:00Z')) // 2 min before expiry: still cached
    await client.entityUsers.me()
    expect(tokens.calls).toBe(1)
    vi.setSystemTime(new Date('2024-06-01T00:59:30Z')) // inside the 60 s margin: refresh
    await client.entityUsers.me()
    expect(tokens.calls).toBe(2)
    expect(seen).toEqual(['tok-1', 'tok-1', 'tok-2'])
  })

  it('on a 401 refreshes once and replays the request once', async () => {
    const tokens = tokenEndpoint()
    const valid = new Set<string>(['tok-2'])
    const seen = meEndpoint(valid)
    const client = partnerClient()
    await expect(client.entityUsers.me()).resolves.toMatchObject({ id: USER_ID })
    expect(seen).toEqual(['tok-1', 'tok-2'])
    expect(tokens.calls).toBe(2)
  })

  it('replays a request body after a 401', async () => {
    tokenEndpoint()
    const bodies: unknown[] = []
    server.use(
      http.post(`${BASE}/entity_users`, async ({ request }) => {
        bodies.push(await request.json())
        if (request.headers.get('authorization') === 'Bearer tok-1') {
          return json({ error: { message: 'expired' } }, 401)
        }
        return json(user)
      }),
    )
    await partnerClient().entityUsers.create({ first_name: 'Ada', login: 'ada' })
    expect(bodies).toEqual([
      { first_name: 'Ada', login: 'ada' },
      { first_name: 'Ada', login: 'ada' },
    ])
  })

  it('a second 401 surfaces as MoniteApiError and never loops', async () => {
    const tokens = tokenEndpoint()
    const seen = meEndpoint(new Set())
    const error = await partnerClient()
      .entityUsers.me()
      .catch((e: unknown) => e)
    expect(isMoniteApiError(error) && error.status).toBe(401)
    expect(seen).toEqual(['tok-1', 'tok-2'])
    expect(tokens.calls).toBe(2)
  })

  it('concurrent 401s share one refresh', async () => {
    const tokens = tokenEndpoint({ delayMs: 5 })
    meEndpoint(new Set(['tok-2']))
    const client = partnerClient()
    await Promise.all(Array.from({ length: 10 }, () => client.entityUsers.me()))
    expect(tokens.calls).toBe(2)
  })

  it('a bad client secret surfaces the token error', async () => {
    server.use(
      http.post(`${BASE}/auth/token`, () =>
        json({ error: { message: 'Invalid client credentials' } }, 401),
      ),
    )
    const error = await partnerClient()
      .roles.list()
      .catch((e: unknown) => e)
    expect(isMoniteClientError(error) && error.code).toBe('token')
    const cause = (error as Error).cause
    expect(isMoniteApiError(cause)).toBe(true)
    expect(cause).toMatchObject({ status: 401, message: 'Invalid client credentials' })
  })
})

describe('auth modes', () => {
  it('entity_user credentials mint an entity-user token', async () => {
    const tokens = tokenEndpoint()
    meEndpoint(new Set(['tok-1']))
    const client = createMoniteClient({
      baseUrl: BASE,
      auth: {
        type: 'entity_user',
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        entityUserId: USER_ID,
      },
    })
    await client.entityUsers.me()
    expect(tokens.bodies).toEqual([
      {
        grant_type: 'entity_user',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        entity_user_id: USER_ID,
      },
    ])
  })

  it('fetchToken(): the browser case, called again after a 401', async () => {
    const fetchToken = vi
      .fn<() => Promise<{ access_token: string; expires_in: number }>>()
      .mockResolvedValueOnce({ access_token: 'stale', expires_in: 100 })
      .mockResolvedValueOnce({ access_token: 'fresh', expires_in: 100 })
    const seen = meEndpoint(new Set(['fresh']))
    const log = recordRequests()
    const client = createMoniteClient({ baseUrl: BASE, auth: { type: 'fetchToken', fetchToken } })
    await client.entityUsers.me()
    expect(fetchToken).toHaveBeenCalledTimes(2)
    expect(seen).toEqual(['stale', 'fresh'])
    expect(log.some((r) => r.path.endsWith('/auth/token'))).toBe(false)
  })

  it('fetchToken() may return a bare string', async () => {
    meEndpoint(new Set(['plain']))
    const client = createMoniteClient({
      baseUrl: BASE,
      auth: { type: 'fetchToken', fetchToken: async () => 'plain' },
    })
    await expect(client.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
  })

  it('a failing fetchToken() gives a token error with the cause', async () => {
    const cause = new Error('backend down')
    const client = createMoniteClient({
      baseUrl: BASE,
      auth: { type: 'fetchToken', fetchToken: () => Promise.reject(cause) },
    })
    const error = await client.entityUsers.me().catch((e: unknown) => e)
    expect(isMoniteClientError(error) && error.code).toBe('token')
    expect((error as Error).cause).toBe(cause)
  })

  it('a static token is sent as is and a 401 is not retried', async () => {
    const seen = meEndpoint(new Set())
    const client = createMoniteClient({ baseUrl: BASE, auth: { type: 'token', token: 'fixed' } })
    const error = await client.entityUsers.me().catch((e: unknown) => e)
    expect(isMoniteApiError(error) && error.status).toBe(401)
    expect(seen).toEqual(['fixed'])
  })

  it('auth.token() mints a token without Authorization; getToken()/clearToken()', async () => {
    const tokens = tokenEndpoint()
    const log = recordRequests()
    const client = partnerClient()
    const minted = await client.auth.token({
      grant_type: 'entity_user',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      entity_user_id: USER_ID,
    })
    expect(minted).toMatchObject({ access_token: 'tok-1', token_type: 'Bearer' })
    expect(log[0]?.headers.authorization).toBeUndefined()
    expect(await client.auth.getToken()).toBe('tok-2')
    expect(await client.auth.getToken()).toBe('tok-2')
    client.auth.clearToken()
    expect(await client.auth.getToken()).toBe('tok-3')
    expect(tokens.calls).toBe(3)
    // The raw client's token request carries none either, and fetches none first.
    const calls = tokens.calls
    const raw = await partnerClient().raw.POST('/auth/token', {
      body: {
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
      },
    })
    expect(raw.data?.access_token).toBe(`tok-${calls + 1}`)
    expect(tokens.calls).toBe(calls + 1)
    expect(log.at(-1)?.headers.authorization).toBeUndefined()
  })

  it('auth.revoke() sends the credentials and drops the revoked token', async () => {
    const tokens = tokenEndpoint()
    const revoked: unknown[] = []
    server.use(
      http.post(`${BASE}/auth/revoke`, async ({ request }) => {
        revoked.push(await request.json())
        return json({ message: 'Token revoked' })
      }),
    )
    const client = partnerClient()
    await client.auth.revoke()
    expect(revoked).toEqual([
      { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, token: 'tok-1' },
    ])
    expect(await client.auth.getToken()).toBe('tok-2')
    expect(tokens.calls).toBe(2)
  })

  it('revoke() without credentials is a typed error', async () => {
    const client = createMoniteClient({ baseUrl: BASE, auth: { type: 'token', token: 't' } })
    const error = await client.auth.revoke().catch((e: unknown) => e)
    expect(isMoniteClientError(error) && error.code).toBe('invalid_options')
    // No auth at all: the same error, nothing sent.
    const log = recordRequests()
    const none = createMoniteClient({ baseUrl: BASE }).auth.revoke({ token: 't' })
    const noAuth = await none.catch((e: unknown) => e)
    expect(isMoniteClientError(noAuth) && noAuth.code).toBe('invalid_options')
    expect(log).toEqual([])
  })

  it('a client without auth sends no Authorization', async () => {
    const log = recordRequests()
    server.use(http.get(`${BASE}/roles`, () => HttpResponse.json({ data: [] })))
    await createMoniteClient({ baseUrl: BASE, entityId: ENTITY_ID }).roles.list()
    expect(log[0]?.headers.authorization).toBeUndefined()
  })
})
