// The POST-action rule when the answer is something else than the item: the project's spec has
// no such action (its five payable actions all answer the payable; that half of the rule runs
// against the fake in actionRuleOverFake.test.tsx), so a small MSW handler set below behaves
// like Monite's `GET /payables`, `GET /payables/{payable_id}` and
// `POST /payables/{payable_id}/line_items` (answering a new line item); auth still goes to the
// fake. Everything else is the kit's public API.
import { createMoniteClient } from '@monite-kit/client'
import { createFakeMonite, createWorld } from '@monite-kit/fixtures'
import { act, waitFor } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMoniteHooks } from '../../src'
import { BASE_URL, renderMoniteHook } from '../helpers'

interface Payable {
  id: string
  status: 'new' | 'canceled'
  line_items: number
  updated_at: string
}
interface LineItem {
  id: string
  payable_id: string
  name: string
}
type Json<T> = { content: { 'application/json': T } }
type PayablePage = { data: Payable[]; next_pagination_token?: string | null }
type ItemPath = { path: { payable_id: string } }
/** The part of Monite's document these tests call, as openapi-typescript writes it. */
interface PayablePaths {
  '/payables': {
    get: {
      parameters: { query?: { limit?: number; pagination_token?: string } }
      responses: { 200: Json<PayablePage> }
    }
  }
  '/payables/{payable_id}': {
    get: { parameters: ItemPath; responses: { 200: Json<Payable> } }
  }
  '/payables/{payable_id}/line_items': {
    post: {
      parameters: ItemPath
      requestBody: Json<{ name: string }>
      responses: { 201: Json<LineItem> }
    }
  }
}

const world = createWorld({ seed: 1, entities: 1, rolesPerEntity: 2, usersPerRole: 1 })
const fake = createFakeMonite({ world, baseUrl: BASE_URL })
const entityId = world.entities[0]!.id
let payables: Map<string, Payable>
let seen: Headers[]
let tick = 0
const touch = (p: Payable) => {
  p.updated_at = new Date(Date.UTC(2026, 0, 1, 0, 0, ++tick)).toISOString()
  return p
}
const found = (id: string) => {
  const p = payables.get(id)
  return p
    ? HttpResponse.json(p)
    : HttpResponse.json({ error: { message: 'Not found' } }, { status: 404 })
}
const payableHandlers = [
  http.all(`${BASE_URL}/payables*`, ({ request }) => {
    seen.push(request.headers)
  }),
  http.get(`${BASE_URL}/payables`, () =>
    HttpResponse.json({ data: [...payables.values()], next_pagination_token: null }),
  ),
  http.get(`${BASE_URL}/payables/:id`, ({ params }) => found(params.id as string)),
  http.post(`${BASE_URL}/payables/:id/line_items`, async ({ params, request }) => {
    const p = payables.get(params.id as string)
    if (!p) return found(params.id as string)
    const { name } = (await request.json()) as { name: string }
    p.line_items += 1
    touch(p)
    return HttpResponse.json({ id: `li-${p.line_items}`, payable_id: p.id, name }, { status: 201 })
  }),
]
const server = setupServer(...payableHandlers, ...fake.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => fake.reset())
afterAll(() => server.close())

const reset = () => {
  seen = []
  payables = new Map(
    ['p1', 'p2'].map((id) => [id, touch({ id, status: 'new', line_items: 0, updated_at: '' })]),
  )
}
const client = () =>
  createMoniteClient({
    baseUrl: BASE_URL,
    entityId,
    auth: {
      type: 'partner',
      clientId: world.partner.clientId,
      clientSecret: world.partner.clientSecret,
    },
    retry: false,
    fetch: (request) => globalThis.fetch(request),
  })
const monite = createMoniteHooks<PayablePaths>()
const p1 = { params: { path: { payable_id: 'p1' } } }
/** GET paths requested, in order. */
let requests: string[] = []
const payableGets = (path: string) => requests.filter((p) => p === path).length

function setup() {
  reset()
  requests = []
  server.events.removeAllListeners()
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') requests.push(new URL(request.url).pathname)
  })
  return renderMoniteHook(
    () => ({
      list: monite.useQuery('get', '/payables'),
      detail: monite.useQuery('get', '/payables/{payable_id}', p1),
      addLine: monite.useMutation('post', '/payables/{payable_id}/line_items'),
    }),
    { client: client() },
  )
}
describe('the POST-action rule, an answer that is not the item', () => {
  it('refetches the item and its lists when the answer is something else', async () => {
    const { result } = setup()
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    const detailGets = payableGets('/v1/payables/p1')
    const line = await act(() =>
      result.current.addLine.mutateAsync({ ...p1, body: { name: 'Paper' } }),
    )
    expect(line).toEqual({ id: 'li-1', payable_id: 'p1', name: 'Paper' })
    // not written as the payable; the payable was refetched instead
    await waitFor(() => expect(result.current.detail.data?.line_items).toBe(1))
    expect(result.current.detail.data?.id).toBe('p1')
    expect(payableGets('/v1/payables/p1')).toBe(detailGets + 1)
  })
})
