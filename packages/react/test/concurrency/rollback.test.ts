import type { EntityUser, EntityUserPage, Role } from '@monite-kit/client'
import { describe, expect, it } from 'vitest'
import {
  deleteEntityUserMutationOptions,
  entityUserQueryOptions,
  entityUsersInfiniteQueryOptions,
  entityUsersQueryOptions,
  meQueryOptions,
  myRoleQueryOptions,
  roleQueryOptions,
  updateEntityUserMutationOptions,
  updateRoleMutationOptions,
} from '../../src'
import { createTestQueryClient, setupFakeMonite, userWithRole } from '../helpers'
import { answerGate, gatedPartner, gatedUser, run } from './gate'

const { world, fake } = setupFakeMonite()
const entity = world.entities[0]!

const userPath = (id: string) => new RegExp(`/entity_users/${id}$`)
const rolePath = (id: string) => new RegExp(`/roles/${id}$`)

describe('a rollback undoes only its own change', () => {
  it('a slow failure after a fast success leaves detail and /me on the success', async () => {
    const gate = answerGate(fake)
    const admin = userWithRole(world, 'Admin')
    const other = entity.users.find((u) => u.id !== admin.id)!
    const client = gatedUser(world, gate, admin)
    const queryClient = createTestQueryClient()
    await queryClient.fetchQuery(meQueryOptions(client))
    await queryClient.fetchQuery(entityUserQueryOptions(client, admin.id))
    const update = updateEntityUserMutationOptions(client, queryClient)

    const slow = gate.hold('PATCH', userPath(admin.id))
    // B: refused by Monite (another user's login), its answer arrives last
    const b = run(queryClient, update, {
      id: admin.id,
      body: { first_name: 'B', login: other.login },
    })
    await slow.arrived
    // A: accepted, answered at once
    await run(queryClient, update, { id: admin.id, body: { first_name: 'A' } })
    slow.release()
    expect(await b).toMatchObject({ status: 409 })

    expect(fake.store.user(admin.id)?.first_name).toBe('A')
    const detail = queryClient.getQueryData(entityUserQueryOptions(client, admin.id).queryKey)
    const me = queryClient.getQueryData(meQueryOptions(client).queryKey)
    expect(detail?.first_name).toBe('A')
    expect(me?.first_name).toBe('A')
    expect(detail?.login).toBe(admin.login)
  })

  it('two refusals in a row never bring back a refused login', async () => {
    const gate = answerGate(fake)
    const admin = userWithRole(world, 'Admin')
    const [u1, u2] = entity.users.filter((u) => u.id !== admin.id)
    const client = gatedUser(world, gate, admin)
    const queryClient = createTestQueryClient()
    await queryClient.fetchQuery(meQueryOptions(client))
    await queryClient.fetchQuery(entityUserQueryOptions(client, admin.id))
    const update = updateEntityUserMutationOptions(client, queryClient)

    const first = gate.hold('PATCH', userPath(admin.id))
    const second = gate.hold('PATCH', userPath(admin.id))
    const a = run(queryClient, update, { id: admin.id, body: { login: u1!.login } })
    await first.arrived
    const b = run(queryClient, update, { id: admin.id, body: { login: u2!.login } })
    await second.arrived
    first.release()
    expect(await a).toMatchObject({ status: 409 })
    second.release()
    expect(await b).toMatchObject({ status: 409 })

    const detail = queryClient.getQueryData(entityUserQueryOptions(client, admin.id).queryKey)
    const me = queryClient.getQueryData(meQueryOptions(client).queryKey)
    expect(detail?.login).toBe(admin.login)
    expect(me?.login).toBe(admin.login)
  })

  it('two refused role names in a row leave the role and /my_role on the server name', async () => {
    const gate = answerGate(fake)
    const admin = userWithRole(world, 'Admin')
    const role = entity.roles.find((r) => r.id === admin.role_id)!
    const [n1, n2] = entity.roles.filter((r) => r.id !== role.id).map((r) => r.name)
    const client = gatedUser(world, gate, admin)
    const queryClient = createTestQueryClient()
    await queryClient.fetchQuery(myRoleQueryOptions(client))
    await queryClient.fetchQuery(roleQueryOptions(client, role.id))
    const update = updateRoleMutationOptions(client, queryClient)

    const first = gate.hold('PATCH', rolePath(role.id))
    const second = gate.hold('PATCH', rolePath(role.id))
    const a = run(queryClient, update, { id: role.id, body: { name: n1! } })
    await first.arrived
    const b = run(queryClient, update, { id: role.id, body: { name: n2! } })
    await second.arrived
    first.release()
    expect(await a).toMatchObject({ status: 409 })
    second.release()
    expect(await b).toMatchObject({ status: 409 })

    const names = [
      queryClient.getQueryData<Role>(roleQueryOptions(client, role.id).queryKey)?.name,
      queryClient.getQueryData<Role>(myRoleQueryOptions(client).queryKey)?.name,
    ]
    expect(names).toEqual([role.name, role.name])
  })
})

describe('a rollback keeps the other changes in flight', () => {
  it("a refusal keeps a concurrent change's optimistic value until its answer", async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const [x, , z] = entity.users
    const queryClient = createTestQueryClient()
    const detail = entityUserQueryOptions(client, x!.id)
    await queryClient.fetchQuery(detail)
    const update = updateEntityUserMutationOptions(client, queryClient)
    const refused = gate.hold('PATCH', userPath(x!.id))
    const accepted = gate.hold('PATCH', userPath(x!.id))
    const b = run(queryClient, update, { id: x!.id, body: { login: z!.login } })
    await refused.arrived
    const a = run(queryClient, update, { id: x!.id, body: { first_name: 'Pending' } })
    await accepted.arrived
    refused.release()
    expect(await b).toMatchObject({ status: 409 })
    // B is undone; A's change, still in flight, stays on the server's state
    expect(queryClient.getQueryData(detail.queryKey)).toMatchObject({
      first_name: 'Pending',
      login: x!.login,
    })
    accepted.release()
    await a
    expect(queryClient.getQueryData(detail.queryKey)).toMatchObject({
      first_name: 'Pending',
      login: x!.login,
    })
  })

  it('a refused delete puts the user back where it was in every page', async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const queryClient = createTestQueryClient()
    const pages = entityUsersInfiniteQueryOptions(client, { limit: 5 })
    await queryClient.fetchInfiniteQuery({ ...pages, pages: 2 })
    const before = queryClient
      .getQueryData(pages.queryKey)!
      .pages.map((p) => p.data.map((u) => u.id))
    const victim = before[1]![2]!
    fake.control.failNext('DELETE /entity_users/{entity_user_id}', { status: 409 })
    const answer = gate.hold('DELETE', userPath(victim))
    const removal = run(queryClient, deleteEntityUserMutationOptions(client, queryClient), victim)
    await answer.arrived
    const during = queryClient
      .getQueryData(pages.queryKey)!
      .pages.map((p) => p.data.map((u) => u.id))
    expect(during.flat()).not.toContain(victim)
    answer.release()
    expect(await removal).toMatchObject({ status: 409 })
    const after = queryClient
      .getQueryData(pages.queryKey)!
      .pages.map((p) => p.data.map((u) => u.id))
    expect(after).toEqual(before)
  })
})

describe('a rollback leaves other records alone', () => {
  const namesIn = (page: EntityUserPage | undefined) =>
    Object.fromEntries((page?.data ?? []).map((u) => [u.id, u.first_name]))

  it("keeps another user's update in an inactive cached list", async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const [x, y, z] = entity.users
    const queryClient = createTestQueryClient()
    const list = entityUsersQueryOptions(client, { limit: 100 })
    await queryClient.fetchQuery(list)
    const update = updateEntityUserMutationOptions(client, queryClient)

    const slow = gate.hold('PATCH', userPath(x!.id))
    const failing = run(queryClient, update, {
      id: x!.id,
      body: { first_name: 'Doomed', login: z!.login },
    })
    await slow.arrived
    await run(queryClient, update, { id: y!.id, body: { first_name: 'Kept' } })
    slow.release()
    expect(await failing).toMatchObject({ status: 409 })

    const names = namesIn(queryClient.getQueryData(list.queryKey))
    expect(names[y!.id]).toBe('Kept')
    expect(names[x!.id]).toBe(x!.first_name)
  })

  it('does not bring back a user another mutation deleted (lists)', async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const [x, y, z] = entity.users
    const queryClient = createTestQueryClient()
    const list = entityUsersQueryOptions(client, { limit: 100 })
    await queryClient.fetchQuery(list)

    const slow = gate.hold('PATCH', userPath(x!.id))
    const failing = run(queryClient, updateEntityUserMutationOptions(client, queryClient), {
      id: x!.id,
      body: { login: z!.login },
    })
    await slow.arrived
    await run(queryClient, deleteEntityUserMutationOptions(client, queryClient), y!.id)
    slow.release()
    expect(await failing).toMatchObject({ status: 409 })

    expect(fake.store.user(y!.id)).toBeUndefined()
    const ids = queryClient.getQueryData(list.queryKey)?.data.map((u) => u.id)
    expect(ids).toContain(x!.id)
    expect(ids).not.toContain(y!.id)
  })

  it('does not bring back the updated user when a concurrent delete removed it (detail and lists)', async () => {
    const gate = answerGate(fake)
    const client = gatedPartner(world, gate)
    const [x, , z] = entity.users
    const queryClient = createTestQueryClient()
    const list = entityUsersQueryOptions(client, { limit: 100 })
    const detail = entityUserQueryOptions(client, x!.id)
    await queryClient.fetchQuery(list)
    await queryClient.fetchQuery(detail)

    const slow = gate.hold('PATCH', userPath(x!.id))
    const failing = run(queryClient, updateEntityUserMutationOptions(client, queryClient), {
      id: x!.id,
      body: { login: z!.login },
    })
    await slow.arrived
    await run(queryClient, deleteEntityUserMutationOptions(client, queryClient), x!.id)
    slow.release()
    expect(await failing).toMatchObject({ status: 409 })

    expect(fake.store.user(x!.id)).toBeUndefined()
    expect(queryClient.getQueryData<EntityUser>(detail.queryKey)).toBeUndefined()
    expect(queryClient.getQueryData(list.queryKey)?.data.map((u) => u.id)).not.toContain(x!.id)
  })
})
