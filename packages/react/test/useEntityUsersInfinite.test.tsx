import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  entityUsersInfiniteQueryOptions,
  useEntityUsersInfinite,
  useSuspenseEntityUsersInfinite,
} from '../src'
import { createTestQueryClient, partnerClient, renderMoniteHook, setupFakeMonite } from './helpers'

const USERS = 320
const { world, fake } = setupFakeMonite({ entities: 1, rolesPerEntity: 5, usersPerEntity: USERS })

describe('useEntityUsersInfinite', () => {
  it(`pages through all ${USERS} users with next_pagination_token`, async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(
      () => useEntityUsersInfinite({ limit: 100, sort: 'updated_at', order: 'asc' }),
      { client },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.hasPreviousPage).toBe(false)
    while (result.current.hasNextPage) {
      const loaded = result.current.data?.pages.length ?? 0
      await act(() => result.current.fetchNextPage())
      await waitFor(() => expect(result.current.data?.pages.length).toBe(loaded + 1))
    }
    const pages = result.current.data?.pages ?? []
    expect(pages).toHaveLength(Math.ceil(USERS / 100))
    const ids = pages.flatMap((p) => p.data.map((u) => u.id))
    expect(ids).toHaveLength(USERS)
    expect(new Set(ids).size).toBe(USERS)
    expect(new Set(ids)).toEqual(new Set(world.entities[0]!.users.map((u) => u.id)))
    expect(result.current.data?.pageParams[0]).toBeNull()
    expect(typeof result.current.data?.pageParams[1]).toBe('string')
  })

  it('sends only the pagination_token after the first page', async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(
      () => useEntityUsersInfinite({ limit: 50, status: 'active' }),
      { client },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    // reading `data` here also subscribes this hook to it (TanStack tracks the props a caller reads)
    expect(result.current.data?.pages).toHaveLength(1)
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    const url = new URL(fake.requests.at(-1)!.url)
    expect(url.searchParams.get('pagination_token')).toBeTruthy()
    expect(url.searchParams.get('status')).toBeNull()
    expect(result.current.data?.pages[1]?.data).toHaveLength(50)
  })

  it('fetches the previous page with prev_pagination_token', async () => {
    const client = partnerClient(world)
    const queryClient = createTestQueryClient()
    const first = await client.entityUsers.list({ limit: 40 })
    const secondParams = { pagination_token: first.next_pagination_token! }
    const { result } = renderMoniteHook(() => useEntityUsersInfinite(secondParams), {
      client,
      queryClient,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.hasPreviousPage).toBe(true)
    await act(() => result.current.fetchPreviousPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    expect(result.current.data?.pages[0]?.data.map((u) => u.id)).toEqual(
      first.data.map((u) => u.id),
    )
  })

  it('select flattens pages', async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(
      () =>
        useEntityUsersInfinite(
          { limit: 100 },
          { select: (data) => data.pages.flatMap((p) => p.data.map((u) => u.login)) },
        ),
      { client },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toHaveLength(100)
  })

  it('surfaces an error on a later page without losing the loaded ones', async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(() => useEntityUsersInfinite({ limit: 100 }), { client })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    fake.control.failNext('GET /entity_users', { status: 400 })
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.isFetchNextPageError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 400 })
    expect(result.current.data?.pages).toHaveLength(1)
  })

  it('works outside React with fetchInfiniteQuery', async () => {
    const client = partnerClient(world)
    const queryClient = createTestQueryClient()
    const data = await queryClient.fetchInfiniteQuery({
      ...entityUsersInfiniteQueryOptions(client, { limit: 100 }),
      pages: 2,
    })
    expect(data.pages).toHaveLength(2)
    expect(data.pages[1]?.data).toHaveLength(100)
  })
})

describe('useSuspenseEntityUsersInfinite', () => {
  it('resolves the first page', async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(() => useSuspenseEntityUsersInfinite({ limit: 10 }), {
      client,
    })
    await waitFor(() => expect(result.current?.data.pages[0]?.data).toHaveLength(10))
  })
})
