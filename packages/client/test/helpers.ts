import { HttpResponse, http, type JsonBodyType } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createMoniteClient, type MoniteClientOptions } from '../src'

export const BASE = 'https://api.sandbox.monite.com/v1'
export const ENTITY_ID = '0b4b5b1e-7c4a-4f57-9a4e-0a1b2c3d4e5f'
export const OTHER_ENTITY_ID = '7d0f6b0e-1111-4a57-9a4e-0a1b2c3d4e5f'
export const USER_ID = '5a3b1c6e-2222-4f57-9a4e-0a1b2c3d4e5f'
export const ROLE_ID = '9c8d7e6f-3333-4f57-9a4e-0a1b2c3d4e5f'
export const CLIENT_ID = '11111111-2222-4333-8444-555555555555'
export const CLIENT_SECRET = 'secret-value'

export const server = setupServer()

/** Starts the MSW server for the calling test file; every unhandled request is an error. */
export function useMsw(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}

export interface Recorded {
  method: string
  path: string
  /** The query string, without `?`. */
  query: string
  headers: Record<string, string>
  body: unknown
}

/** Collects every request MSW sees. */
export function recordRequests(): Recorded[] {
  const log: Recorded[] = []
  server.events.on('request:start', ({ request }) => {
    const entry: Recorded = {
      method: request.method,
      path: new URL(request.url).pathname,
      query: new URL(request.url).search.slice(1),
      headers: Object.fromEntries(request.headers.entries()),
      body: undefined,
    }
    log.push(entry)
    request
      .clone()
      .text()
      .then((text) => {
        try {
          entry.body = text ? JSON.parse(text) : undefined
        } catch {
          entry.body = text
        }
      })
  })
  return log
}

export const user = {
  id: USER_ID,
  created_at: '2024-05-01T10:00:00Z',
  updated_at: '2024-05-02T10:00:00Z',
  login: 'ada',
  role_id: ROLE_ID,
  status: 'active',
  email: 'ada@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  phone: null,
  userpic_file_id: null,
} as const

export const role = {
  id: ROLE_ID,
  created_at: '2024-05-01T10:00:00Z',
  updated_at: '2024-05-01T10:00:00Z',
  name: 'Viewer',
  status: 'active',
  permissions: {
    objects: [
      {
        object_type: 'entity_user',
        actions: [{ action_name: 'read', permission: 'allowed' }],
      },
    ],
  },
} as const

export function json(body: JsonBodyType, status = 200, headers: Record<string, string> = {}) {
  return HttpResponse.json(body, { status, headers: { 'x-request-id': 'req-1', ...headers } })
}

/** A token endpoint that hands out `tok-1`, `tok-2`, … and counts calls. */
export function tokenEndpoint(options: { expiresIn?: number; delayMs?: number } = {}) {
  const state = { calls: 0, bodies: [] as unknown[] }
  server.use(
    http.post(`${BASE}/auth/token`, async ({ request }) => {
      state.calls++
      state.bodies.push(await request.json())
      const n = state.calls
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs))
      return json({
        access_token: `tok-${n}`,
        expires_in: options.expiresIn ?? 86400,
        token_type: 'Bearer',
      })
    }),
  )
  return state
}

export function partnerClient(overrides: Partial<MoniteClientOptions> = {}) {
  return createMoniteClient({
    baseUrl: BASE,
    entityId: ENTITY_ID,
    auth: { type: 'partner', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    retry: { baseDelayMs: 1, jitter: 0 },
    ...overrides,
  })
}
