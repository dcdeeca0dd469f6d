import { isMoniteApiError } from '@monite-kit/client'
import { waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { entityUsersQueryOptions, useEntityUsers, useSuspenseEntityUsers } from '../src'
import { partnerClient, renderMoniteHook, requestsTo, setupFakeMonite } from './helpers'

const { world, fake } = setupFakeMonite()

describe('useEntityUsers', () => {
  it('is pending first, then returns the page', async () => {
    fake.control.setLatency(30)
    const client = partnerClient(world)
    const { result } = renderMoniteHook(() => useEntityUsers({ limit: 5 }), { client })
    expect(result.current.isPending).toBe(true)
    expect(result.current.data).toBeUndefined()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.data).toHaveLength(5)
    expect(result.current.data?.next_pagination_token).toBeTruthy()
  })

  it('caches under moniteKeys.entityUsers.list(client, params)', async () => {
    const client = partnerClient(world)
    const { result, queryClient } = renderMoniteHook(() => useEntityUsers({ limit: 3 }), {
      client,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const cached = queryClient.getQueryData(entityUsersQueryOptions(client, { limit: 3 }).queryKey)
    expect(cached).toBe(result.current.data)
  })

  it('applies filters', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[0]!
    const { result } = renderMoniteHook(() => useEntityUsers({ role_id: role.id }), { client })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const users = result.current.data?.data ?? []
    expect(users.length).toBeGreaterThan(0)
    expect(users.every((u) => u.role_id === role.id)).toBe(true)
  })

  it('select changes the data', async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(
      () => useEntityUsers({ limit: 4 }, { select: (page) => page.data.map((u) => u.login) }),
      { client },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toHaveLength(4)
    expect(typeof result.current.data?.[0]).toBe('string')
  })

  it('does not fetch while disabled', async () => {
    const client = partnerClient(world)
    const before = requestsTo(fake, 'GET', '/entity_users').length
    const { result } = renderMoniteHook(() => useEntityUsers({}, { enabled: false }), { client })
    await new Promise((r) => setTimeout(r, 20))
    expect(result.current.fetchStatus).toBe('idle')
    expect(requestsTo(fake, 'GET', '/entity_users').length).toBe(before)
  })

  it('surfaces a typed MoniteApiError and does not retry a 4xx', async () => {
    fake.control.failNext('GET /entity_users', { status: 403 })
    const client = partnerClient(world)
    const { result } = renderMoniteHook(() => useEntityUsers(), { client })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(isMoniteApiError(result.current.error)).toBe(true)
    expect(result.current.error).toMatchObject({ status: 403 })
    expect(result.current.failureCount).toBe(1)
  })

  it('retries a 5xx by default (moniteRetry) and succeeds', async () => {
    fake.control.failNext('GET /entity_users', { status: 503 })
    const client = partnerClient(world)
    const { result } = renderMoniteHook(() => useEntityUsers({}, { retryDelay: 1 }), { client })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.failureCount).toBe(0)
    expect(result.current.data?.data.length).toBeGreaterThan(0)
  })

  it('retries a 429 after its Retry-After', async () => {
    fake.control.rateLimitNext('GET /entity_users', { retryAfterSeconds: 0 })
    const client = partnerClient(world)
    const { result } = renderMoniteHook(() => useEntityUsers(), { client })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
  })
})

describe('useSuspenseEntityUsers', () => {
  it('resolves with defined data', async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(() => useSuspenseEntityUsers({ limit: 2 }), { client })
    await waitFor(() => expect(result.current?.data.data).toHaveLength(2))
  })
})
