import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  roleQueryOptions,
  rolesQueryOptions,
  useRole,
  useRoles,
  useRolesInfinite,
  useSuspenseRole,
  useSuspenseRoles,
} from '../src'
import { createTestQueryClient, partnerClient, renderMoniteHook, setupFakeMonite } from './helpers'

const { world, fake } = setupFakeMonite({ entities: 2, rolesPerEntity: 12, usersPerRole: 1 })

describe('useRoles', () => {
  it('loads a page of roles, pending first', async () => {
    fake.control.setLatency(20)
    const { result } = renderMoniteHook(() => useRoles({ limit: 5 }), {
      client: partnerClient(world),
    })
    expect(result.current.isPending).toBe(true)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.data).toHaveLength(5)
  })

  it('filters by name', async () => {
    const { result } = renderMoniteHook(() => useRoles({ name: 'Admin' }), {
      client: partnerClient(world),
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.data.map((r) => r.name)).toEqual(['Admin'])
  })

  it('surfaces errors', async () => {
    fake.control.failNext('GET /roles', { status: 403 })
    const { result } = renderMoniteHook(() => useRoles(), { client: partnerClient(world) })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 403 })
  })

  it('works with fetchQuery outside React', async () => {
    const client = partnerClient(world)
    const queryClient = createTestQueryClient()
    const page = await queryClient.fetchQuery(rolesQueryOptions(client))
    expect(page.data.length).toBe(12)
    expect(queryClient.getQueryData(rolesQueryOptions(client).queryKey)).toBe(page)
  })
})

describe('useRolesInfinite', () => {
  it('pages through every role', async () => {
    const { result } = renderMoniteHook(() => useRolesInfinite({ limit: 5 }), {
      client: partnerClient(world),
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    while (result.current.hasNextPage) {
      const loaded = result.current.data?.pages.length ?? 0
      await act(() => result.current.fetchNextPage())
      await waitFor(() => expect(result.current.data?.pages.length).toBe(loaded + 1))
    }
    const ids = result.current.data?.pages.flatMap((p) => p.data.map((r) => r.id)) ?? []
    expect(ids).toHaveLength(12)
    expect(new Set(ids)).toEqual(new Set(world.entities[0]!.roles.map((r) => r.id)))
  })
})

describe('useRole', () => {
  it('loads a role and 404s for an unknown one', async () => {
    const role = world.entities[0]!.roles[2]!
    const client = partnerClient(world)
    const { result } = renderMoniteHook(
      () => ({ known: useRole(role.id), unknown: useRole('00000000-0000-4000-8000-00000000beef') }),
      { client },
    )
    await waitFor(() => {
      expect(result.current.known.isSuccess).toBe(true)
      expect(result.current.unknown.isError).toBe(true)
    })
    expect(result.current.known.data?.name).toBe(role.name)
    expect(result.current.unknown.error).toMatchObject({ status: 404 })
  })

  it('select and suspense variants', async () => {
    const role = world.entities[0]!.roles[0]!
    const client = partnerClient(world)
    const { result } = renderMoniteHook(
      () => ({
        name: useRole(role.id, { select: (r) => r.name }),
        suspense: useSuspenseRole(role.id),
        list: useSuspenseRoles({ limit: 1 }),
      }),
      { client },
    )
    await waitFor(() => expect(result.current?.suspense.data.id).toBe(role.id))
    expect(result.current.name.data).toBe(role.name)
    expect(result.current.list.data.data).toHaveLength(1)
  })

  it('exposes the detail key for manual cache reads', async () => {
    const role = world.entities[0]!.roles[0]!
    const client = partnerClient(world)
    const queryClient = createTestQueryClient()
    await queryClient.prefetchQuery(roleQueryOptions(client, role.id))
    expect(queryClient.getQueryData(roleQueryOptions(client, role.id).queryKey)?.name).toBe(
      role.name,
    )
  })
})
