// The POST-action rule when the answer is the item (`POST /payables/{payable_id}/cancel`
// answers the payable), against the fake's payables (Monite's status machine: 409 from a status
// the action cannot start from). The other half of the rule is in actionRule.test.tsx.
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createMoniteHooks } from '../../src'
import { partnerClient, renderMoniteHook, requestsTo, setupFakeMonite } from '../helpers'

const { world, fake } = setupFakeMonite()
const monite = createMoniteHooks()

/** Two complete payables (status `new`) made through the fake's API. */
async function twoPayables() {
  const client = partnerClient(world)
  const ids: string[] = []
  for (const document_id of ['INV-1', 'INV-2']) {
    const { data } = await client.raw.POST('/payables', {
      body: {
        document_id,
        currency: 'EUR',
        total_amount: 10_000,
        due_date: '2026-12-31',
        counterpart_id: '00000000-0000-4000-8000-000000000001',
      },
    })
    expect(data?.status).toBe('new')
    ids.push(data!.id)
  }
  return { client, ids }
}

async function setup() {
  const { client, ids } = await twoPayables()
  const first = { params: { path: { payable_id: ids[0]! } } }
  const view = renderMoniteHook(
    () => ({
      list: monite.useQuery('get', '/payables', { params: { query: { limit: 10 } } }),
      detail: monite.useQuery('get', '/payables/{payable_id}', first),
      cancel: monite.useMutation('post', '/payables/{payable_id}/cancel'),
    }),
    { client },
  )
  await waitFor(() => expect(view.result.current.detail.isSuccess).toBe(true))
  await waitFor(() => expect(view.result.current.list.isSuccess).toBe(true))
  return { ...view, ids, first }
}

const gets = (path: string) =>
  requestsTo(fake, 'GET', '/payables').filter((r) => new URL(r.url).pathname === path).length

describe('the POST-action rule over the fake', () => {
  it('writes an answer that is the item into its detail and list pages, then refetches lists', async () => {
    const { result, ids, first, queryClient } = await setup()
    const detailPath = `/v1/payables/${ids[0]}`
    const detailGets = gets(detailPath)
    const listGets = gets('/v1/payables')
    const answer = await act(() => result.current.cancel.mutateAsync(first))
    expect(answer.status).toBe('canceled')
    // The cache holds the answer when the mutation resolves (detail and list page alike)...
    const cached = queryClient.getQueryCache().findAll({ queryKey: ['monite'] })
    type Page = { data: { id: string; status: string }[] }
    const detail = cached.find((q) => (q.state.data as { id?: string } | undefined)?.id === ids[0])
    const page = cached.find((q) => Array.isArray((q.state.data as Page | undefined)?.data))
    expect(detail?.state.data).toEqual(answer)
    const statuses = (page?.state.data as Page | undefined)?.data.map((p) => [p.id, p.status])
    expect(statuses).toEqual(
      expect.arrayContaining([
        [ids[0], 'canceled'],
        [ids[1], 'new'],
      ]),
    )
    // ...and the hooks show it on their next render (TanStack notifies observers in a task).
    await waitFor(() => expect(result.current.detail.data).toEqual(answer))
    expect(result.current.list.data?.data.find((p) => p.id === ids[0])?.status).toBe('canceled')
    // The detail took the answer without a request; the list was read again.
    expect(gets(detailPath)).toBe(detailGets)
    await waitFor(() => expect(gets('/v1/payables')).toBe(listGets + 1))
  })

  it('leaves the cache as it was when Monite refuses the action (409 from canceled)', async () => {
    const { result, first } = await setup()
    await act(() => result.current.cancel.mutateAsync(first))
    const before = result.current.detail.data
    await act(async () => {
      await expect(result.current.cancel.mutateAsync(first)).rejects.toMatchObject({
        name: 'MoniteApiError',
        status: 409,
      })
    })
    expect(result.current.detail.data).toEqual(before)
    expect(result.current.detail.data?.status).toBe('canceled')
  })
})
