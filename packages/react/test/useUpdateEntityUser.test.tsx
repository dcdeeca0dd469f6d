import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  useEntityUser,
  useEntityUsers,
  useEntityUsersInfinite,
  useMe,
  useMyRole,
  useUpdateEntityUser,
} from '../src'
import {
  createTestQueryClient,
  partnerClient,
  renderMoniteHook,
  requestsTo,
  setupFakeMonite,
  userClient,
  userWithRole,
} from './helpers'

const { world, fake } = setupFakeMonite()
const PATCH_USER = 'PATCH /entity_users/{entity_user_id}'

function setup() {
  const client = partnerClient(world)
  const user = world.entities[0]!.users[0]!
  const view = renderMoniteHook(
    () => ({
      detail: useEntityUser(user.id),
      list: useEntityUsers({ limit: 100 }),
      infinite: useEntityUsersInfinite({ limit: 100 }),
      update: useUpdateEntityUser(),
    }),
    { client },
  )
  return { client, user, ...view }
}

const nameIn = (page: { data: { id: string; first_name?: string }[] } | undefined, id: string) =>
  page?.data.find((u) => u.id === id)?.first_name

describe('useUpdateEntityUser', () => {
  it('updates detail, lists and infinite lists optimistically, then with the answer', async () => {
    const { user, result } = setup()
    await waitFor(() => {
      expect(result.current.detail.isSuccess).toBe(true)
      expect(result.current.list.isSuccess).toBe(true)
      expect(result.current.infinite.isSuccess).toBe(true)
    })
    const detailGets = requestsTo(fake, 'GET', `/entity_users/${user.id}`).length
    fake.control.setLatency(150)
    act(() => result.current.update.mutate({ id: user.id, body: { first_name: 'Optimistic' } }))
    // visible before Monite answers
    await waitFor(() => expect(result.current.detail.data?.first_name).toBe('Optimistic'))
    expect(result.current.update.isPending).toBe(true)
    expect(nameIn(result.current.list.data, user.id)).toBe('Optimistic')
    expect(nameIn(result.current.infinite.data?.pages[0], user.id)).toBe('Optimistic')

    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(result.current.detail.data).toEqual(result.current.update.data)
    expect(result.current.detail.data?.updated_at).not.toBe(user.updated_at)
    // the answer carried the user: the detail was not refetched
    expect(requestsTo(fake, 'GET', `/entity_users/${user.id}`).length).toBe(detailGets)
    expect(nameIn(result.current.list.data, user.id)).toBe('Optimistic')
  })

  it('rolls back every entry on a forced 422', async () => {
    const { user, result } = setup()
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.infinite.isSuccess).toBe(true))
    const before = result.current.detail.data
    fake.control.setLatency(150)
    fake.control.failNext(PATCH_USER, { status: 422 })
    act(() => result.current.update.mutate({ id: user.id, body: { first_name: 'Doomed' } }))
    await waitFor(() => expect(result.current.detail.data?.first_name).toBe('Doomed'))
    await waitFor(() => expect(result.current.update.isError).toBe(true))
    expect(result.current.update.error).toMatchObject({ status: 422 })
    expect(result.current.detail.data).toEqual(before)
    expect(nameIn(result.current.list.data, user.id)).toBe(before?.first_name)
    expect(nameIn(result.current.infinite.data?.pages[0], user.id)).toBe(before?.first_name)
  })

  it('rolls back on a forced 409 too', async () => {
    const { user, result } = setup()
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    const before = result.current.detail.data
    fake.control.failNext(PATCH_USER, { status: 409 })
    await act(() =>
      result.current.update
        .mutateAsync({ id: user.id, body: { login: 'taken' } })
        .catch(() => undefined),
    )
    await waitFor(() => expect(result.current.update.error).toMatchObject({ status: 409 }))
    expect(result.current.detail.data).toEqual(before)
  })

  it('with optimistic: false, changes nothing before the answer', async () => {
    const client = partnerClient(world)
    const user = world.entities[0]!.users[1]!
    const { result } = renderMoniteHook(
      () => ({
        detail: useEntityUser(user.id),
        update: useUpdateEntityUser({ optimistic: false }),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    fake.control.setLatency(150)
    act(() => result.current.update.mutate({ id: user.id, body: { first_name: 'Later' } }))
    await waitFor(() => expect(result.current.update.isPending).toBe(true))
    expect(result.current.detail.data?.first_name).toBe(user.first_name)
    await waitFor(() => expect(result.current.detail.data?.first_name).toBe('Later'))
  })

  it('refreshes /me and /my_role when the current user gets another role', async () => {
    const admin = userWithRole(world, 'Admin')
    const readOnly = world.entities[0]!.roles.find((r) => r.name === 'Read only')!
    const queryClient = createTestQueryClient()
    // the signed-in user's view
    const me = renderMoniteHook(() => ({ me: useMe(), role: useMyRole() }), {
      client: userClient(world, admin),
      queryClient,
    })
    await waitFor(() => expect(me.result.current.role.data?.name).toBe('Admin'))
    // an admin screen (partner client) in the same app changes that user's role
    const admin2 = renderMoniteHook(() => useUpdateEntityUser(), {
      client: partnerClient(world),
      queryClient,
    })
    const meGets = requestsTo(fake, 'GET', '/entity_users/me').length
    await act(() =>
      admin2.result.current.mutateAsync({ id: admin.id, body: { role_id: readOnly.id } }),
    )
    // /me comes from the answer, /my_role is refetched
    expect(me.result.current.me.data?.role_id).toBe(readOnly.id)
    expect(requestsTo(fake, 'GET', '/entity_users/me').length).toBe(meGets)
    await waitFor(() => expect(me.result.current.role.data?.name).toBe('Read only'))
  })
})
