import { permissionPresets } from '@monite-kit/fixtures'
import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Can, useIsActionAllowed, usePermissions, useUpdateRole } from '../src'
import {
  createTestQueryClient,
  partnerClient,
  renderMoniteHook,
  renderWithMonite,
  setupFakeMonite,
  userClient,
  userWithRole,
} from './helpers'

const { world, fake } = setupFakeMonite()

async function permissionsOf(roleName: string) {
  const user = userWithRole(world, roleName)
  const view = renderMoniteHook(() => usePermissions(), { client: userClient(world, user) })
  await waitFor(() => expect(view.result.current.isPending).toBe(false))
  return { user, ...view }
}

describe('usePermissions', () => {
  it('is pending, allowing nothing, until /me and /my_role load', async () => {
    fake.control.setLatency(30)
    const user = userWithRole(world, 'Admin')
    const { result } = renderMoniteHook(() => usePermissions(), { client: userClient(world, user) })
    expect(result.current.isPending).toBe(true)
    expect(result.current.isActionAllowed('entity_user', 'read')).toBe(false)
    expect(result.current.getPermission('entity_user', 'read')).toBeUndefined()
    await waitFor(() => expect(result.current.isPending).toBe(false))
    expect(result.current.me?.id).toBe(user.id)
    expect(result.current.role?.name).toBe('Admin')
  })

  it('Admin: everything', async () => {
    const { result } = await permissionsOf('Admin')
    expect(result.current.isActionAllowed('role', 'delete')).toBe(true)
    expect(result.current.isActionAllowed('payable', 'pay')).toBe(true)
    expect(result.current.permissions).toEqual(permissionPresets.admin)
  })

  it('Read only: reads only', async () => {
    const { result } = await permissionsOf('Read only')
    expect(result.current.isActionAllowed('entity_user', 'read')).toBe(true)
    expect(result.current.isActionAllowed('entity_user', 'update')).toBe(false)
    expect(result.current.isActionAllowed('role', 'create')).toBe(false)
  })

  it('Own records only: only records the user owns, creating allowed', async () => {
    const { result, user } = await permissionsOf('Own records only')
    const other = world.entities[0]!.users.find((u) => u.id !== user.id)!
    expect(result.current.getPermission('entity_user', 'update')).toBe('allowed_for_own')
    expect(result.current.isActionAllowed('entity_user', 'update', { ownerId: user.id })).toBe(true)
    expect(result.current.isActionAllowed('entity_user', 'update', { ownerId: other.id })).toBe(
      false,
    )
    expect(result.current.isActionAllowed('entity_user', 'update')).toBe(false)
    expect(result.current.isActionAllowed('payable', 'create')).toBe(true)
    expect(result.current.isActionAllowed('payable', 'approve', { ownerId: user.id })).toBe(true)
  })

  it('Payables approver: approve and pay, no payable create', async () => {
    const { result } = await permissionsOf('Payables approver')
    expect(result.current.isActionAllowed('payable', 'approve')).toBe(true)
    expect(result.current.isActionAllowed('payable', 'pay')).toBe(true)
    expect(result.current.isActionAllowed('payable', 'create')).toBe(false)
    expect(result.current.isActionAllowed('role', 'read')).toBe(false)
  })

  it('No access: nothing', async () => {
    const { result } = await permissionsOf('No access')
    expect(result.current.isActionAllowed('entity_user', 'read')).toBe(false)
    expect(result.current.getPermission('payable', 'read')).toBe('not_allowed')
  })

  it('reports the error when /my_role fails', async () => {
    fake.control.failNext('GET /entity_users/my_role', { status: 403 })
    const user = userWithRole(world, 'Admin')
    const { result } = renderMoniteHook(() => usePermissions(), { client: userClient(world, user) })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 403 })
    expect(result.current.isActionAllowed('entity_user', 'read')).toBe(false)
  })

  it("follows a change of the user's role permissions without a refetch", async () => {
    const user = userWithRole(world, 'Read only')
    const role = world.entities[0]!.roles.find((r) => r.name === 'Read only')!
    const queryClient = createTestQueryClient()
    const perms = renderMoniteHook(() => usePermissions(), {
      client: userClient(world, user),
      queryClient,
    })
    await waitFor(() => expect(perms.result.current.isPending).toBe(false))
    expect(perms.result.current.isActionAllowed('role', 'create')).toBe(false)
    const admin = renderMoniteHook(() => useUpdateRole(), {
      client: partnerClient(world),
      queryClient,
    })
    await act(() =>
      admin.result.current.mutateAsync({
        id: role.id,
        body: { permissions: structuredClone(permissionPresets.admin) },
      }),
    )
    expect(perms.result.current.isActionAllowed('role', 'create')).toBe(true)
  })
})

describe('useIsActionAllowed', () => {
  it('is undefined while loading, then the answer', async () => {
    const user = userWithRole(world, 'Own records only')
    const { result } = renderMoniteHook(
      () => ({
        own: useIsActionAllowed('entity_user', 'delete', { ownerId: user.id }),
        other: useIsActionAllowed('entity_user', 'delete', { ownerId: 'someone-else' }),
      }),
      { client: userClient(world, user) },
    )
    expect(result.current.own.data).toBeUndefined()
    expect(result.current.own.isPending).toBe(true)
    await waitFor(() => expect(result.current.own.data).toBe(true))
    expect(result.current.other.data).toBe(false)
  })
})

describe('<Can>', () => {
  it('shows loading, then children or fallback', async () => {
    fake.control.setLatency(20)
    const user = userWithRole(world, 'Read only')
    renderWithMonite(
      <>
        <Can objectType="entity_user" action="read" loading={<span>loading</span>}>
          <span>can read</span>
        </Can>
        <Can objectType="role" action="create" fallback={<span>cannot create</span>}>
          <span>can create</span>
        </Can>
      </>,
      { client: userClient(world, user) },
    )
    expect(screen.getByText('loading')).toBeTruthy()
    await screen.findByText('can read')
    expect(screen.getByText('cannot create')).toBeTruthy()
    expect(screen.queryByText('can create')).toBeNull()
  })
})

describe('enabled: false', () => {
  it('loads neither /me nor /my_role and allows nothing', async () => {
    const client = partnerClient(world)
    const before = fake.requests.length
    const { result } = renderMoniteHook(
      () => ({
        permissions: usePermissions({ enabled: false }),
        allowed: useIsActionAllowed('entity_user', 'read', { enabled: false }),
      }),
      { client },
    )
    // Give a would-be request time to start.
    await new Promise((r) => setTimeout(r, 50))
    expect(fake.requests.slice(before).filter((r) => r.path.startsWith('/entity_users/m'))).toEqual(
      [],
    )
    expect(result.current.permissions.isPending).toBe(true)
    expect(result.current.permissions.isActionAllowed('entity_user', 'read')).toBe(false)
    expect(result.current.allowed.data).toBeUndefined()
  })
})
