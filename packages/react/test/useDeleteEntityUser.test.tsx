import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { entityUserQueryOptions, useDeleteEntityUser, useEntityUsers } from '../src'
import { partnerClient, renderMoniteHook, setupFakeMonite } from './helpers'

const { world, fake } = setupFakeMonite()
const DELETE_USER = 'DELETE /entity_users/{entity_user_id}'

describe('useDeleteEntityUser', () => {
  it('removes the user from lists at once and forgets its detail', async () => {
    const client = partnerClient(world)
    const user = world.entities[0]!.users[2]!
    const { result, queryClient } = renderMoniteHook(
      () => ({ list: useEntityUsers({ limit: 100 }), remove: useDeleteEntityUser() }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    await queryClient.prefetchQuery(entityUserQueryOptions(client, user.id))
    expect(result.current.list.data?.data.some((u) => u.id === user.id)).toBe(true)

    fake.control.setLatency(150)
    act(() => result.current.remove.mutate(user.id))
    await waitFor(() =>
      expect(result.current.list.data?.data.some((u) => u.id === user.id)).toBe(false),
    )
    expect(result.current.remove.isPending).toBe(true)
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true))
    expect(result.current.list.data?.data.some((u) => u.id === user.id)).toBe(false)
    expect(queryClient.getQueryData(entityUserQueryOptions(client, user.id).queryKey)).toBe(
      undefined,
    )
  })

  it('puts the user back when Monite refuses', async () => {
    const client = partnerClient(world)
    const user = world.entities[0]!.users[4]!
    const { result } = renderMoniteHook(
      () => ({ list: useEntityUsers({ limit: 100 }), remove: useDeleteEntityUser() }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    const before = result.current.list.data?.data.map((u) => u.id)
    fake.control.setLatency(150)
    fake.control.failNext(DELETE_USER, { status: 409 })
    act(() => result.current.remove.mutate(user.id))
    await waitFor(() =>
      expect(result.current.list.data?.data.some((u) => u.id === user.id)).toBe(false),
    )
    await waitFor(() => expect(result.current.remove.isError).toBe(true))
    expect(result.current.remove.error).toMatchObject({ status: 409 })
    expect(result.current.list.data?.data.map((u) => u.id)).toEqual(before)
  })
})
