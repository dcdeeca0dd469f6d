// The POST-action rule when the answer is something else than the item
// (`POST /payables/{payable_id}/line_items` answers a new line item): the item and its lists are
// read again, nothing is written as the payable. The project's spec has no such action (its five
// payable actions all answer the payable; that half of the rule is in
// actionRuleOverFake.test.tsx), so this runs against the fake over Monite's full document, which
// serves every operation of it: read by path, skipped with a message where it is absent.
import { readFileSync } from 'node:fs'
import { createMoniteClient } from '@monite-kit/client'
import { createFakeMonite, createWorld, type OpenApiDocument } from '@monite-kit/fixtures'
import { act, waitFor } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMoniteHooks } from '../../src'
import { BASE_URL, renderMoniteHook } from '../helpers'
import { documentPath, hasDocument } from '../upstream/document'

interface Payable {
  id: string
  status: string
  updated_at: string
}
interface LineItem {
  id: string
  payable_id: string
  name?: string
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
      requestBody: Json<{ name: string; quantity: number }>
      responses: { 201: Json<LineItem> }
    }
  }
}

if (!hasDocument) {
  console.info(
    `[actionRule] skipped: Monite's OpenAPI document is not at ${documentPath} (set MONITE_OPENAPI_PATH).`,
  )
}

describe.skipIf(!hasDocument)('the POST-action rule, an answer that is not the item', () => {
  const world = createWorld({ seed: 1, entities: 1, rolesPerEntity: 2, usersPerRole: 1 })
  const entityId = world.entities[0]!.id
  const document = hasDocument
    ? (JSON.parse(readFileSync(documentPath, 'utf8')) as OpenApiDocument)
    : undefined
  const fake = createFakeMonite({ world, baseUrl: BASE_URL, document })
  const server = setupServer(...fake.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => fake.reset())
  afterAll(() => server.close())

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
  const gets = (path: string) =>
    fake.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === path).length

  it('reads the item and its lists again, and writes nothing as the payable', async () => {
    const created = await client().raw.POST('/payables', {
      body: { currency: 'EUR', total_amount: 1_000, document_id: 'INV-7' },
    })
    const payable_id = created.data!.id
    const item = { params: { path: { payable_id } } }
    const { result } = renderMoniteHook(
      () => ({
        list: monite.useQuery('get', '/payables'),
        detail: monite.useQuery('get', '/payables/{payable_id}', item),
        addLine: monite.useMutation('post', '/payables/{payable_id}/line_items'),
      }),
      { client: client() },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    const before = result.current.detail.data
    const detailGets = gets(`/v1/payables/${payable_id}`)
    const listGets = gets('/v1/payables')

    const line = await act(() =>
      result.current.addLine.mutateAsync({ ...item, body: { name: 'Paper', quantity: 2 } }),
    )
    // The fake's answer is a line item of the payable, not the payable.
    expect(line.id).not.toBe(payable_id)
    // Not written as the payable; the payable and the list were read again instead.
    await waitFor(() => expect(gets(`/v1/payables/${payable_id}`)).toBe(detailGets + 1))
    await waitFor(() => expect(gets('/v1/payables')).toBe(listGets + 1))
    expect(result.current.detail.data?.id).toBe(payable_id)
    expect(result.current.detail.data?.status).toBe(before?.status)
  })
})
