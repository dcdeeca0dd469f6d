import type { EntityUserPage } from '@monite-kit/client'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEntityUsers, useEntityUsersInfinite, useUpdateEntityUser } from '../../src'
import { renderMoniteHook, requestsTo, setupFakeMonite } from '../helpers'
import { answerGate, gatedPartner } from './gate'

const { world, fake } = setupFakeMonite()
const entity = world.entities[0]!
const LIST = /\/entity_users$/

const nameIn = (pages: EntityUserPage[] | undefined, id: string) =>
  pages?.flatMap((p) => p.data).find((u) => u.id === id)?.first_name

describe('an optimistic update cancels no unrelated fetch', () => {
  it('keeps a fetchNextPage in flight: 3 pages, not 2', async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const { result } = renderMoniteHook(
      () => ({
        pages: useEntityUsersInfinite({ limit: 5 }, { notifyOnChangeProps: 'all' }),
        update: useUpdateEntityUser(),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.pages.isSuccess).toBe(true))
    await act(() => result.current.pages.fetchNextPage())
    await waitFor(() => expect(result.current.pages.data?.pages).toHaveLength(2))
    const user = result.current.pages.data!.pages[0]!.data[0]!

    const page3 = gate.hold('GET', LIST)
    const patch = gate.hold('PATCH', new RegExp(`/entity_users/${user.id}$`))
    let next: Promise<unknown> | undefined
    act(() => {
      next = result.current.pages.fetchNextPage()
    })
    await page3.arrived
    act(() => result.current.update.mutate({ id: user.id, body: { first_name: 'Optimistic' } }))
    await patch.arrived
    page3.release()
    await act(async () => {
      await next
    })
    // the third page landed, and the optimistic change shows on the pages it brought back (in
    // the same render: React renders TanStack's notifications on a timer)
    await waitFor(() =>
      expect([
        result.current.pages.data?.pages.length,
        nameIn(result.current.pages.data?.pages, user.id),
      ]).toEqual([3, 'Optimistic']),
    )
    patch.release()
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.pages.isFetching).toBe(false))
    expect(result.current.pages.data?.pages).toHaveLength(3)
    expect(nameIn(result.current.pages.data?.pages, user.id)).toBe('Optimistic')
  })

  it("keeps an unrelated list's first load: fetched once, and patched when it lands", async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const user = entity.users[0]!
    const first = gate.hold('GET', LIST)
    const { result } = renderMoniteHook(
      () => ({ list: useEntityUsers({ status: 'active' }), update: useUpdateEntityUser() }),
      { client },
    )
    await first.arrived
    const patch = gate.hold('PATCH', new RegExp(`/entity_users/${user.id}$`))
    act(() => result.current.update.mutate({ id: user.id, body: { first_name: 'Optimistic' } }))
    await patch.arrived
    first.release()
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    expect(
      requestsTo(fake, 'GET', '/entity_users').filter((r) => r.url.includes('status')),
    ).toHaveLength(1)
    expect(nameIn([result.current.list.data!], user.id)).toBe('Optimistic')
    patch.release()
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
  })

  it('a list page that lands while a change is in flight shows it, then the rollback', async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const [user, other, third] = entity.users
    const { result } = renderMoniteHook(
      () => ({ list: useEntityUsers({ limit: 100 }), update: useUpdateEntityUser() }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    // someone else renames a third user; the refetch brings it
    await fake.fetch(
      new Request(`${fake.baseUrl}/entity_users/${third!.id}`, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${fake.issueToken({ type: 'partner' }).access_token}`,
          'content-type': 'application/json',
          'x-monite-entity-id': entity.id,
          'x-monite-version': '2024-05-25',
        },
        body: JSON.stringify({ first_name: 'Elsewhere' }),
      }),
    )
    const refetch = gate.hold('GET', LIST)
    let refetched: Promise<unknown> | undefined
    act(() => {
      refetched = result.current.list.refetch()
    })
    await refetch.arrived
    const patch = gate.hold('PATCH', new RegExp(`/entity_users/${user!.id}$`))
    act(() =>
      result.current.update.mutate({
        id: user!.id,
        body: { first_name: 'Doomed', login: other!.login },
      }),
    )
    await patch.arrived
    refetch.release()
    await act(async () => {
      await refetched
    })
    // React renders TanStack's notifications on a timer: wait for the render that shows the
    // landed page (the third user's new name) and require the change over it in that same render.
    const names = () => [
      nameIn([result.current.list.data!], user!.id),
      nameIn([result.current.list.data!], third!.id),
    ]
    await waitFor(() => expect(names()).toEqual(['Doomed', 'Elsewhere']))
    patch.release()
    await waitFor(() => expect(result.current.update.isError).toBe(true))
    await waitFor(() => expect(names()).toEqual([user!.first_name, 'Elsewhere']))
  })
})
