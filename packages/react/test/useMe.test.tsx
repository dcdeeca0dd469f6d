import { isMoniteApiError } from '@monite-kit/client'
import { waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  meQueryOptions,
  moniteKeys,
  myRoleQueryOptions,
  useMe,
  useMyEntity,
  useMyRole,
  useSuspenseMe,
  useSuspenseMyRole,
} from '../src'
import {
  createTestQueryClient,
  partnerClient,
  renderMoniteHook,
  setupFakeMonite,
  userClient,
  userWithRole,
} from './helpers'

const { world, fake } = setupFakeMonite()

describe('useMe / useMyRole / useMyEntity', () => {
  it('load the current user, their role and entity', async () => {
    const user = userWithRole(world, 'Read only')
    const client = userClient(world, user)
    const { result } = renderMoniteHook(
      () => ({ me: useMe(), role: useMyRole(), entity: useMyEntity() }),
      { client, scope: user.id },
    )
    expect(result.current.me.isPending).toBe(true)
    await waitFor(() => {
      expect(result.current.me.isSuccess).toBe(true)
      expect(result.current.role.isSuccess).toBe(true)
      expect(result.current.entity.isSuccess).toBe(true)
    })
    expect(result.current.me.data?.id).toBe(user.id)
    expect(result.current.role.data?.name).toBe('Read only')
    expect(result.current.entity.data?.id).toBe(world.entities[0]!.id)
  })

  it('keys /me by the provider scope', async () => {
    const user = userWithRole(world, 'Admin')
    const client = userClient(world, user)
    const { result, queryClient } = renderMoniteHook(() => useMe(), { client, scope: 'session-1' })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(queryClient.getQueryData(moniteKeys.me(client, 'session-1'))).toEqual(
      result.current.data,
    )
    expect(
      queryClient.getQueryData(meQueryOptions(client, { scope: 'session-1' }).queryKey)?.id,
    ).toBe(user.id)
  })

  it('never shares /me between two entity-user clients in one QueryClient', async () => {
    const alice = userWithRole(world, 'Admin')
    const bob = userWithRole(world, 'Read only')
    const queryClient = createTestQueryClient()
    const a = renderMoniteHook(() => useMe(), { client: userClient(world, alice), queryClient })
    const b = renderMoniteHook(() => useMe(), { client: userClient(world, bob), queryClient })
    await waitFor(() => {
      expect(a.result.current.data?.id).toBe(alice.id)
      expect(b.result.current.data?.id).toBe(bob.id)
    })
    const meEntries = queryClient
      .getQueryCache()
      .findAll({ predicate: (q) => q.queryKey[4] === 'me' })
    expect(meEntries).toHaveLength(2)
  })

  it('fails typed when the token is a partner token', async () => {
    const { result } = renderMoniteHook(() => useMe(), { client: partnerClient(world) })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(isMoniteApiError(result.current.error)).toBe(true)
  })

  it('surfaces a forced error', async () => {
    fake.control.failNext('GET /entity_users/my_role', { status: 500 })
    const user = userWithRole(world, 'Admin')
    const { result } = renderMoniteHook(() => useMyRole({ retry: false }), {
      client: userClient(world, user),
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 500 })
  })

  it('select works on my role', async () => {
    const user = userWithRole(world, 'Payables approver')
    const { result } = renderMoniteHook(() => useMyRole({ select: (r) => r.name }), {
      client: userClient(world, user),
    })
    await waitFor(() => expect(result.current.data).toBe('Payables approver'))
  })

  it('prefetches outside React with the same key the hook reads', async () => {
    const user = userWithRole(world, 'Admin')
    const client = userClient(world, user)
    const queryClient = createTestQueryClient()
    await queryClient.prefetchQuery(myRoleQueryOptions(client, { scope: 's' }))
    const count = fake.requests.length
    const { result } = renderMoniteHook(() => useSuspenseMyRole({ staleTime: 60_000 }), {
      client,
      queryClient,
      scope: 's',
    })
    expect(result.current.data.name).toBe('Admin')
    expect(fake.requests.length).toBe(count)
  })
})

describe('useSuspenseMe', () => {
  it('resolves', async () => {
    const user = userWithRole(world, 'No access')
    const { result } = renderMoniteHook(() => useSuspenseMe(), { client: userClient(world, user) })
    await waitFor(() => expect(result.current?.data.id).toBe(user.id))
  })
})
