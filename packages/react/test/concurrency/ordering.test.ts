import type { EntityUser, Role } from '@monite-kit/client'
import { describe, expect, it } from 'vitest'
import {
  deleteEntityUserMutationOptions,
  entityUserQueryOptions,
  entityUsersQueryOptions,
  meQueryOptions,
  myRoleQueryOptions,
  roleQueryOptions,
  rolesQueryOptions,
  updateEntityUserMutationOptions,
  updateMeMutationOptions,
  updateRoleMutationOptions,
} from '../../src'
import { createTestQueryClient, setupFakeMonite, userWithRole } from '../helpers'
import { answerGate, gatedPartner, gatedUser, run } from './gate'

const { world, fake } = setupFakeMonite()
const entity = world.entities[0]!

async function signedIn(roleName = 'Admin') {
  const gate = answerGate(fake)
  const user = userWithRole(world, roleName)
  const client = gatedUser(world, gate, user)
  const queryClient = createTestQueryClient()
  await queryClient.fetchQuery(meQueryOptions(client))
  await queryClient.fetchQuery(entityUserQueryOptions(client, user.id))
  return { gate, user, client, queryClient }
}

describe('answers that arrive out of order: the newer server state wins', () => {
  for (const optimistic of [true, false]) {
    it(`PATCH /entity_users/{id} (optimistic: ${optimistic}): detail and /me keep the later write`, async () => {
      const { gate, user, client, queryClient } = await signedIn()
      const update = updateEntityUserMutationOptions(client, queryClient, { optimistic })
      const late = gate.hold('PATCH', new RegExp(`/entity_users/${user.id}$`))
      const first = run(queryClient, update, { id: user.id, body: { first_name: 'First' } })
      await late.arrived
      await run(queryClient, update, { id: user.id, body: { first_name: 'Second' } })
      late.release()
      await first

      expect(fake.store.user(user.id)?.first_name).toBe('Second')
      expect(
        queryClient.getQueryData(entityUserQueryOptions(client, user.id).queryKey)?.first_name,
      ).toBe('Second')
      expect(queryClient.getQueryData(meQueryOptions(client).queryKey)?.first_name).toBe('Second')
    })
  }

  it('PATCH /entity_users/me: /me and the detail keep the later write', async () => {
    const { gate, user, client, queryClient } = await signedIn()
    const update = updateMeMutationOptions(client, queryClient)
    const late = gate.hold('PATCH', /\/entity_users\/me$/)
    const first = run(queryClient, update, { phone: '+100' })
    await late.arrived
    await run(queryClient, update, { phone: '+200' })
    late.release()
    await first
    expect(queryClient.getQueryData(meQueryOptions(client).queryKey)?.phone).toBe('+200')
    expect(queryClient.getQueryData(entityUserQueryOptions(client, user.id).queryKey)?.phone).toBe(
      '+200',
    )
  })

  it('PATCH /roles/{id}: the role, its lists and /my_role keep the later write', async () => {
    const { gate, user, client, queryClient } = await signedIn()
    const role = entity.roles.find((r) => r.id === user.role_id)!
    await queryClient.fetchQuery(myRoleQueryOptions(client))
    await queryClient.fetchQuery(roleQueryOptions(client, role.id))
    const update = updateRoleMutationOptions(client, queryClient)
    const late = gate.hold('PATCH', new RegExp(`/roles/${role.id}$`))
    const first = run(queryClient, update, { id: role.id, body: { name: 'Older' } })
    await late.arrived
    await run(queryClient, update, { id: role.id, body: { name: 'Newer' } })
    late.release()
    await first
    expect(queryClient.getQueryData<Role>(roleQueryOptions(client, role.id).queryKey)?.name).toBe(
      'Newer',
    )
    expect(queryClient.getQueryData<Role>(myRoleQueryOptions(client).queryKey)?.name).toBe('Newer')
    const list = await queryClient.fetchQuery({ ...rolesQueryOptions(client), staleTime: 0 })
    expect(list.data.find((r) => r.id === role.id)?.name).toBe('Newer')
  })
})

describe('a read that saw the old state and lands after a write does not stay', () => {
  it('a detail refetch sent before the PATCH, answered after it', async () => {
    const { gate, user, client, queryClient } = await signedIn()
    const detail = entityUserQueryOptions(client, user.id)
    const stale = gate.hold('GET', new RegExp(`/entity_users/${user.id}$`))
    const refetch = queryClient.refetchQueries({ queryKey: detail.queryKey, exact: true })
    await stale.arrived
    const update = updateEntityUserMutationOptions(client, queryClient, { optimistic: false })
    await run(queryClient, update, { id: user.id, body: { first_name: 'Written' } })
    stale.release()
    await refetch
    expect(queryClient.getQueryData<EntityUser>(detail.queryKey)?.first_name).toBe('Written')
  })

  it('a /me refetch sent before the PATCH, answered after it', async () => {
    const { gate, user, client, queryClient } = await signedIn()
    const me = meQueryOptions(client)
    const stale = gate.hold('GET', /\/entity_users\/me$/)
    const refetch = queryClient.refetchQueries({ queryKey: me.queryKey, exact: true })
    await stale.arrived
    const update = updateEntityUserMutationOptions(client, queryClient, { optimistic: false })
    await run(queryClient, update, { id: user.id, body: { first_name: 'Written' } })
    stale.release()
    await refetch
    expect(queryClient.getQueryData<EntityUser>(me.queryKey)?.first_name).toBe('Written')
  })

  it('a list page fetched before the PATCH, answered after it', async () => {
    const { gate, user, client, queryClient } = await signedIn()
    const list = entityUsersQueryOptions(client, { limit: 100 })
    const stale = gate.hold('GET', /\/entity_users$/)
    const load = queryClient.fetchQuery(list)
    await stale.arrived
    const update = updateEntityUserMutationOptions(client, queryClient, { optimistic: false })
    await run(queryClient, update, { id: user.id, body: { first_name: 'Written' } })
    stale.release()
    await load
    const page = queryClient.getQueryData(list.queryKey)
    expect(page?.data.find((u) => u.id === user.id)?.first_name).toBe('Written')
  })
})

describe('a read sent after an answer arrived is newer, whatever its timestamps', () => {
  it('after the server data is reset, refetched lists show the reset world (edited and deleted users)', async () => {
    const gate = answerGate(fake)
    const before = gatedPartner(world, gate)
    const [x, y] = entity.users
    const queryClient = createTestQueryClient()
    const list = entityUsersQueryOptions(before, { limit: 100 })
    await queryClient.fetchQuery(list)
    await run(queryClient, updateEntityUserMutationOptions(before, queryClient), {
      id: x!.id,
      body: { first_name: 'Edited' },
    })
    await run(queryClient, deleteEntityUserMutationOptions(before, queryClient), y!.id)
    // the fake goes back to its seeded world (older timestamps); a new client gets a new token
    fake.reset()
    const after = gatedPartner(world, gate)
    const page = await queryClient.fetchQuery({
      ...entityUsersQueryOptions(after, { limit: 100 }),
      staleTime: 0,
    })
    expect(page.data.find((u) => u.id === x!.id)?.first_name).toBe(x!.first_name)
    const cached = queryClient.getQueryData(list.queryKey)!.data
    expect(cached.find((u) => u.id === x!.id)?.first_name).toBe(x!.first_name)
    expect(cached.map((u) => u.id)).toContain(y!.id)
  })
})
