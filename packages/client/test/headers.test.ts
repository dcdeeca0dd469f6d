import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createMoniteClient, isMoniteClientError, type MoniteClient } from '../src'
import {
  BASE,
  CLIENT_ID,
  CLIENT_SECRET,
  ENTITY_ID,
  json,
  OTHER_ENTITY_ID,
  partnerClient,
  ROLE_ID,
  recordRequests,
  role,
  server,
  tokenEndpoint,
  USER_ID,
  useMsw,
  user,
} from './helpers'

useMsw()

interface Case {
  op: string
  entityScoped: boolean
  bearer: boolean
  call: (client: MoniteClient) => Promise<unknown>
}

const page = (data: unknown[]) => ({
  data,
  next_pagination_token: null,
  prev_pagination_token: null,
})

// The expectations are written out here, independent of the generated operation table.
const cases: Case[] = [
  {
    op: 'POST /auth/token',
    entityScoped: false,
    bearer: false,
    call: (c) =>
      c.auth.token({
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
      }),
  },
  {
    op: 'POST /auth/revoke',
    entityScoped: false,
    bearer: true,
    call: (c) => c.auth.revoke({ token: 'old-token' }),
  },
  { op: 'GET /entity_users', entityScoped: true, bearer: true, call: (c) => c.entityUsers.list() },
  {
    op: 'POST /entity_users',
    entityScoped: true,
    bearer: true,
    call: (c) => c.entityUsers.create({ first_name: 'Ada', login: 'ada' }),
  },
  {
    op: 'GET /entity_users/{entity_user_id}',
    entityScoped: true,
    bearer: true,
    call: (c) => c.entityUsers.get(USER_ID),
  },
  {
    op: 'PATCH /entity_users/{entity_user_id}',
    entityScoped: true,
    bearer: true,
    call: (c) => c.entityUsers.update(USER_ID, { title: 'CFO' }),
  },
  {
    op: 'DELETE /entity_users/{entity_user_id}',
    entityScoped: true,
    bearer: true,
    call: (c) => c.entityUsers.delete(USER_ID),
  },
  {
    op: 'GET /entity_users/me',
    entityScoped: false,
    bearer: true,
    call: (c) => c.entityUsers.me(),
  },
  {
    op: 'PATCH /entity_users/me',
    entityScoped: false,
    bearer: true,
    call: (c) => c.entityUsers.updateMe({ first_name: 'Ada' }),
  },
  {
    op: 'GET /entity_users/my_role',
    entityScoped: false,
    bearer: true,
    call: (c) => c.entityUsers.myRole(),
  },
  {
    op: 'GET /entity_users/my_entity',
    entityScoped: false,
    bearer: true,
    call: (c) => c.entityUsers.myEntity(),
  },
  { op: 'GET /roles', entityScoped: true, bearer: true, call: (c) => c.roles.list() },
  {
    op: 'POST /roles',
    entityScoped: true,
    bearer: true,
    call: (c) => c.roles.create({ name: 'Viewer', permissions: { objects: [] } }),
  },
  {
    op: 'GET /roles/{role_id}',
    entityScoped: true,
    bearer: true,
    call: (c) => c.roles.get(ROLE_ID),
  },
  {
    op: 'PATCH /roles/{role_id}',
    entityScoped: true,
    bearer: true,
    call: (c) => c.roles.update(ROLE_ID, { name: 'Renamed' }),
  },
  {
    op: 'DELETE /roles/{role_id}',
    entityScoped: true,
    bearer: true,
    call: (c) => c.roles.delete(ROLE_ID),
  },
]

function answerAll() {
  const tokens = tokenEndpoint()
  server.use(
    http.post(`${BASE}/auth/revoke`, () => json({ message: 'revoked' })),
    http.get(`${BASE}/entity_users`, () => json(page([user]))),
    http.post(`${BASE}/entity_users`, () => json(user)),
    http.get(`${BASE}/entity_users/me`, () => json(user)),
    http.patch(`${BASE}/entity_users/me`, () => json(user)),
    http.get(`${BASE}/entity_users/my_role`, () => json(role)),
    http.get(`${BASE}/entity_users/my_entity`, () => json({ id: ENTITY_ID })),
    http.get(`${BASE}/entity_users/:id`, () => json(user)),
    http.patch(`${BASE}/entity_users/:id`, () => json(user)),
    http.delete(`${BASE}/entity_users/:id`, () => new HttpResponse(null, { status: 204 })),
    http.get(`${BASE}/roles`, () => json(page([role]))),
    http.post(`${BASE}/roles`, () => json(role)),
    http.get(`${BASE}/roles/:id`, () => json(role)),
    http.patch(`${BASE}/roles/:id`, () => json(role)),
    http.delete(`${BASE}/roles/:id`, () => new HttpResponse(null, { status: 204 })),
  )
  return tokens
}

describe('headers on each operation', () => {
  it('covers all 16 operations', () => {
    expect(new Set(cases.map((c) => c.op)).size).toBe(16)
  })

  for (const c of cases) {
    it(`${c.op}: version always, bearer ${c.bearer ? 'yes' : 'no'}, entity ${c.entityScoped ? 'yes' : 'no'}`, async () => {
      answerAll()
      const log = recordRequests()
      await c.call(partnerClient())
      const [method, template] = c.op.split(' ') as [string, string]
      const pattern = new RegExp(`^/v1${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
      const sent = log.filter((r) => r.method === method && pattern.test(r.path))
      // A path template such as /entity_users/{id} also matches /entity_users/me: pick exact.
      const request = sent.find((r) => r.path === `/v1${template}`) ?? sent[0]
      expect(request, `no ${c.op} request was sent`).toBeDefined()
      expect(request?.headers['x-monite-version']).toBe('2024-05-25')
      if (c.bearer) expect(request?.headers.authorization).toBe('Bearer tok-1')
      else expect(request?.headers.authorization).toBeUndefined()
      if (c.entityScoped) expect(request?.headers['x-monite-entity-id']).toBe(ENTITY_ID)
      else expect(request?.headers['x-monite-entity-id']).toBeUndefined()
      // The token request itself carries only the version header.
      const tokenRequest = log.find((r) => r.path === '/v1/auth/token')
      expect(tokenRequest?.headers.authorization).toBeUndefined()
      expect(tokenRequest?.headers['x-monite-version']).toBe('2024-05-25')
      expect(tokenRequest?.headers['x-monite-entity-id']).toBeUndefined()
    })
  }
})

describe('x-monite-entity-id', () => {
  it('a per-call entityId overrides the client default', async () => {
    answerAll()
    const log = recordRequests()
    await partnerClient().roles.list(undefined, { entityId: OTHER_ENTITY_ID })
    expect(log.find((r) => r.path === '/v1/roles')?.headers['x-monite-entity-id']).toBe(
      OTHER_ENTITY_ID,
    )
  })

  it('withEntity() scopes a client to another entity and shares the token', async () => {
    const tokens = answerAll()
    const log = recordRequests()
    const client = partnerClient()
    await client.roles.list()
    await client.withEntity(OTHER_ENTITY_ID).roles.list()
    const sent = log
      .filter((r) => r.path === '/v1/roles')
      .map((r) => r.headers['x-monite-entity-id'])
    expect(sent).toEqual([ENTITY_ID, OTHER_ENTITY_ID])
    expect(tokens.calls).toBe(1)
  })

  it('fails before sending when an entity-scoped call has no entity id', async () => {
    answerAll()
    const log = recordRequests()
    const client = partnerClient({ entityId: undefined })
    const error = await client.entityUsers.list().catch((e: unknown) => e)
    expect(isMoniteClientError(error) && error.code).toBe('missing_entity_id')
    expect(log.filter((r) => r.path === '/v1/entity_users')).toHaveLength(0)
    // Calls that do not need it still work.
    await expect(client.entityUsers.me()).resolves.toMatchObject({ id: USER_ID })
  })

  it('the raw client fills the headers too and accepts a header override', async () => {
    answerAll()
    const log = recordRequests()
    const client = partnerClient()
    const { data } = await client.raw.GET('/roles/{role_id}', {
      params: { path: { role_id: ROLE_ID }, header: { 'x-monite-entity-id': OTHER_ENTITY_ID } },
    })
    expect(data?.name).toBe('Viewer')
    const sent = log.find((r) => r.path === `/v1/roles/${ROLE_ID}`)
    expect(sent?.headers['x-monite-entity-id']).toBe(OTHER_ENTITY_ID)
    expect(sent?.headers['x-monite-version']).toBe('2024-05-25')
  })

  it('sends a custom apiVersion and extra headers', async () => {
    answerAll()
    const log = recordRequests()
    await partnerClient({ apiVersion: '2025-01-01', headers: { 'x-app': 'kit' } }).roles.list()
    const sent = log.find((r) => r.path === '/v1/roles')
    expect(sent?.headers['x-monite-version']).toBe('2025-01-01')
    expect(sent?.headers['x-app']).toBe('kit')
  })
})

describe('environments and options', () => {
  it.each([
    ['sandbox', 'https://api.sandbox.monite.com/v1'],
    ['eu', 'https://api.monite.com/v1'],
    ['na', 'https://us.api.monite.com/v1'],
    ['dev', 'https://api.dev.monite.com/v1'],
  ] as const)('environment %s → %s', async (environment, url) => {
    const client = createMoniteClient({ environment, auth: { type: 'token', token: 't' } })
    expect(client.baseUrl).toBe(url)
    server.use(http.get(`${url}/entity_users/me`, () => json(user)))
    await expect(client.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
  })

  it('rejects bad options with a typed error', () => {
    const bad = [
      () => createMoniteClient({ baseUrl: 'not a url' }),
      // @ts-expect-error unknown environment
      () => createMoniteClient({ environment: 'moon' }),
      () =>
        createMoniteClient({
          baseUrl: BASE,
          auth: { type: 'partner', clientId: '', clientSecret: 's' },
        }),
      () =>
        createMoniteClient({
          baseUrl: BASE,
          // @ts-expect-error entityUserId is required
          auth: { type: 'entity_user', clientId: 'a', clientSecret: 's' },
        }),
    ]
    for (const make of bad) {
      let error: unknown
      try {
        make()
      } catch (e) {
        error = e
      }
      expect(isMoniteClientError(error) && error.code).toBe('invalid_options')
    }
  })

  it('strips a trailing slash from baseUrl', () => {
    expect(createMoniteClient({ baseUrl: `${BASE}/` }).baseUrl).toBe(BASE)
  })
})

describe('scope', () => {
  it('is derived from auth, or taken from options', () => {
    const base = { baseUrl: BASE }
    expect(partnerClient().scope).toBe(`partner:${CLIENT_ID}`)
    expect(
      createMoniteClient({
        ...base,
        auth: {
          type: 'entity_user',
          clientId: CLIENT_ID,
          clientSecret: 's',
          entityUserId: USER_ID,
        },
      }).scope,
    ).toBe(`entity_user:${USER_ID}`)
    expect(
      createMoniteClient({ ...base, auth: { type: 'token', token: 'secret' } }).scope,
    ).toBeUndefined()
    expect(
      createMoniteClient({ ...base, auth: { type: 'fetchToken', fetchToken: async () => 't' } })
        .scope,
    ).toBeUndefined()
    expect(createMoniteClient(base).scope).toBeUndefined()
    expect(
      createMoniteClient({
        ...base,
        scope: 'user-42',
        auth: { type: 'fetchToken', fetchToken: async () => 't' },
      }).scope,
    ).toBe('user-42')
    expect(partnerClient().withEntity(OTHER_ENTITY_ID).scope).toBe(`partner:${CLIENT_ID}`)
  })
})
