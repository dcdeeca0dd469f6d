import { isMoniteApiError } from '@monite-kit/client'
import { permissionPresets } from '@monite-kit/fixtures'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  roleQueryOptions,
  useCreateRole,
  useDeleteRole,
  useRole,
  useRoles,
  useRolesInfinite,
  useUpdateRole,
} from '../src'
import { partnerClient, renderMoniteHook, requestsTo, setupFakeMonite } from './helpers'

const { world, fake } = setupFakeMonite()
const PATCH_ROLE = 'PATCH /roles/{role_id}'

const names = (page: { data: { name: string }[] } | undefined) => page?.data.map((r) => r.name)

describe('useCreateRole', () => {
  it('creates, caches the detail and refreshes lists', async () => {
    const client = partnerClient(world)
    const { result, queryClient } = renderMoniteHook(
      () => ({ list: useRoles({ limit: 100 }), create: useCreateRole() }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    const role = await act(() =>
      result.current.create.mutateAsync({
        name: 'Auditor',
        permissions: structuredClone(permissionPresets.readOnly),
      }),
    )
    expect(queryClient.getQueryData(roleQueryOptions(client, role.id).queryKey)).toEqual(role)
    expect(names(result.current.list.data)).toContain('Auditor')
  })

  it('fails with 409 for a duplicate name', async () => {
    const { result } = renderMoniteHook(() => useCreateRole(), { client: partnerClient(world) })
    await act(() =>
      result.current
        .mutateAsync({ name: 'Admin', permissions: { objects: [] } })
        .catch(() => undefined),
    )
    expect(isMoniteApiError(result.current.error) && result.current.error.status).toBe(409)
  })
})

describe('useUpdateRole', () => {
  it('renames optimistically in detail and lists, then keeps the answer', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[1]!
    const { result } = renderMoniteHook(
      () => ({
        detail: useRole(role.id),
        list: useRoles({ limit: 100 }),
        infinite: useRolesInfinite({ limit: 100 }),
        update: useUpdateRole(),
      }),
      { client },
    )
    await waitFor(() => {
      expect(result.current.detail.isSuccess).toBe(true)
      expect(result.current.list.isSuccess).toBe(true)
      expect(result.current.infinite.isSuccess).toBe(true)
    })
    const gets = requestsTo(fake, 'GET', `/roles/${role.id}`).length
    fake.control.setLatency(150)
    act(() => result.current.update.mutate({ id: role.id, body: { name: 'Renamed' } }))
    await waitFor(() => expect(result.current.detail.data?.name).toBe('Renamed'))
    expect(names(result.current.list.data)).toContain('Renamed')
    expect(names(result.current.infinite.data?.pages[0])).toContain('Renamed')
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(result.current.detail.data).toEqual(result.current.update.data)
    expect(requestsTo(fake, 'GET', `/roles/${role.id}`).length).toBe(gets)
  })

  it('rolls back on a forced 422', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[2]!
    const { result } = renderMoniteHook(
      () => ({ detail: useRole(role.id), list: useRoles(), update: useUpdateRole() }),
      { client },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    fake.control.setLatency(150)
    fake.control.failNext(PATCH_ROLE, { status: 422 })
    act(() => result.current.update.mutate({ id: role.id, body: { name: 'Nope' } }))
    await waitFor(() => expect(result.current.detail.data?.name).toBe('Nope'))
    await waitFor(() => expect(result.current.update.isError).toBe(true))
    expect(result.current.detail.data?.name).toBe(role.name)
    expect(names(result.current.list.data)).toContain(role.name)
    expect(names(result.current.list.data)).not.toContain('Nope')
  })
})

describe('useDeleteRole', () => {
  it('removes an unused role', async () => {
    const client = partnerClient(world)
    const spare = await client.roles.create({ name: 'Spare', permissions: { objects: [] } })
    const { result } = renderMoniteHook(
      () => ({ list: useRoles({ limit: 100 }), remove: useDeleteRole() }),
      { client },
    )
    await waitFor(() => expect(names(result.current.list.data)).toContain('Spare'))
    await act(() => result.current.remove.mutateAsync(spare.id))
    expect(names(result.current.list.data)).not.toContain('Spare')
  })

  it('puts a role still held by users back after the 409', async () => {
    const client = partnerClient(world)
    const held = world.entities[0]!.roles[0]!
    const { result } = renderMoniteHook(
      () => ({ list: useRoles({ limit: 100 }), remove: useDeleteRole() }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    fake.control.setLatency(150)
    act(() => result.current.remove.mutate(held.id))
    await waitFor(() => expect(names(result.current.list.data)).not.toContain(held.name))
    await waitFor(() => expect(result.current.remove.isError).toBe(true))
    expect(result.current.remove.error).toMatchObject({ status: 409 })
    expect(names(result.current.list.data)).toContain(held.name)
  })
})
