import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  meQueryOptions,
  myRoleQueryOptions,
  useIsActionAllowed,
  usePermissions,
  useUpdateEntityUser,
} from '../../src'
import {
  createTestQueryClient,
  partnerClient,
  renderMoniteHook,
  setupFakeMonite,
  userWithRole,
} from '../helpers'
import { answerGate, gatedUser } from './gate'

const { world, fake } = setupFakeMonite()
const entity = world.entities[0]!
const readOnly = entity.roles.find((r) => r.name === 'Read only')!

describe('permission answers come from a consistent /me + /my_role pair', () => {
  it("never answers from the old role while the user's own role_id changes", async () => {
    const gate = answerGate(fake)
    const admin = userWithRole(world, 'Admin')
    const client = gatedUser(world, gate, admin)
    const seen: { pending: boolean; canCreateRole: boolean; roleId?: string }[] = []
    const { result } = renderMoniteHook(
      () => {
        const permissions = usePermissions()
        seen.push({
          pending: permissions.isPending,
          canCreateRole: permissions.isActionAllowed('role', 'create'),
          roleId: permissions.me?.role_id,
        })
        return { permissions, update: useUpdateEntityUser() }
      },
      { client },
    )
    await waitFor(() => expect(result.current.permissions.isPending).toBe(false))
    expect(result.current.permissions.isActionAllowed('role', 'create')).toBe(true)
    seen.length = 0

    const patch = gate.hold('PATCH', new RegExp(`/entity_users/${admin.id}$`))
    act(() => result.current.update.mutate({ id: admin.id, body: { role_id: readOnly.id } }))
    await patch.arrived
    await waitFor(() => expect(result.current.permissions.me?.role_id).toBe(readOnly.id))
    // whenever /me names the new role, the answer is pending or the new role's
    for (const s of seen.filter((x) => x.roleId === readOnly.id)) {
      expect(s.pending || !s.canCreateRole).toBe(true)
    }
    expect(
      result.current.permissions.isPending ||
        !result.current.permissions.isActionAllowed('role', 'create'),
    ).toBe(true)
    // the pair disagreed and /my_role was the older: it is refetched (Monite has already applied
    // the change; only its answer is held), so the answer comes before the PATCH's
    await waitFor(() => expect(result.current.permissions.role?.id).toBe(readOnly.id))
    expect(result.current.permissions.isPending).toBe(false)
    expect(result.current.permissions.isActionAllowed('role', 'create')).toBe(false)
    patch.release()
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.permissions.role?.id).toBe(readOnly.id))
    expect(result.current.permissions.isPending).toBe(false)
    expect(result.current.permissions.isActionAllowed('role', 'create')).toBe(false)
    for (const s of seen.filter((x) => x.roleId === readOnly.id)) {
      expect(s.pending || !s.canCreateRole).toBe(true)
    }
  })

  it('a check mounted later does not answer true from a stale cached role', async () => {
    const gate = answerGate(fake)
    const admin = userWithRole(world, 'Admin')
    const client = gatedUser(world, gate, admin)
    const queryClient = createTestQueryClient()
    await queryClient.fetchQuery(meQueryOptions(client))
    await queryClient.fetchQuery(myRoleQueryOptions(client))
    // an admin screen of the same app moves the user to "Read only": /me is written from the
    // answer; /my_role (not observed) stays cached with the old role
    const { result: admin2 } = renderMoniteHook(() => useUpdateEntityUser(), {
      client: partnerClient(world),
      queryClient,
    })
    await act(() => admin2.current.mutateAsync({ id: admin.id, body: { role_id: readOnly.id } }))
    expect(queryClient.getQueryData(meQueryOptions(client).queryKey)?.role_id).toBe(readOnly.id)

    const roleAnswer = gate.hold('GET', /\/entity_users\/my_role$/)
    const { result } = renderMoniteHook(() => useIsActionAllowed('role', 'create'), {
      client,
      queryClient,
    })
    expect(result.current.data).not.toBe(true)
    await roleAnswer.arrived
    expect(result.current.isPending).toBe(true)
    expect(result.current.data).toBeUndefined()
    roleAnswer.release()
    await waitFor(() => expect(result.current.isPending).toBe(false))
    expect(result.current.data).toBe(false)
  })
})
