import { isMoniteApiError } from '@monite-kit/client'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { entityUserQueryOptions, useCreateEntityUser, useEntityUsers } from '../src'
import { partnerClient, renderMoniteHook, requestsTo, setupFakeMonite } from './helpers'

const { world, fake } = setupFakeMonite()
const roleId = () => world.entities[0]!.roles[0]!.id

describe('useCreateEntityUser', () => {
  it('creates, writes the detail cache and refreshes mounted lists', async () => {
    const client = partnerClient(world)
    const { result, queryClient } = renderMoniteHook(
      () => ({ create: useCreateEntityUser(), list: useEntityUsers({ login: 'ada.lovelace' }) }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    expect(result.current.list.data?.data).toEqual([])

    let created: Awaited<ReturnType<typeof result.current.create.mutateAsync>> | undefined
    await act(async () => {
      created = await result.current.create.mutateAsync({
        first_name: 'Ada',
        login: 'ada.lovelace',
        role_id: world.entities[0]!.roles[0]!.id,
      })
    })
    expect(created?.login).toBe('ada.lovelace')
    // the detail is cached from the response: no GET needed
    const detailKey = entityUserQueryOptions(client, created!.id).queryKey
    expect(queryClient.getQueryData(detailKey)).toEqual(created)
    expect(requestsTo(fake, 'GET', `/entity_users/${created!.id}`)).toHaveLength(0)
    // lists were refetched before the mutation settled
    expect(result.current.list.data?.data.map((u) => u.id)).toEqual([created!.id])
  })

  it('is pending while Monite answers', async () => {
    fake.control.setLatency(150)
    const { result } = renderMoniteHook(() => useCreateEntityUser(), {
      client: partnerClient(world),
    })
    act(() => result.current.mutate({ first_name: 'Grace', login: 'grace', role_id: roleId() }))
    await waitFor(() => expect(result.current.isPending).toBe(true))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.first_name).toBe('Grace')
  })

  it('types a 409 / 422 as MoniteApiError and calls the caller onError', async () => {
    fake.control.failNext('POST /entity_users', { status: 409 })
    const onError = vi.fn()
    const { result } = renderMoniteHook(() => useCreateEntityUser({ onError }), {
      client: partnerClient(world),
    })
    await act(() =>
      result.current
        .mutateAsync({ first_name: 'Dup', login: 'dup', role_id: roleId() })
        .catch(() => undefined),
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(isMoniteApiError(result.current.error) && result.current.error.status).toBe(409)
    expect(onError).toHaveBeenCalledOnce()
  })

  it('rejects an invalid body with 422 detail from the fake', async () => {
    const { result } = renderMoniteHook(() => useCreateEntityUser(), {
      client: partnerClient(world),
    })
    await act(() =>
      result.current
        .mutateAsync({ first_name: 'x'.repeat(300), login: 'too-long', role_id: roleId() })
        .catch(() => undefined),
    )
    await waitFor(() => expect(result.current.error).toMatchObject({ status: 422 }))
  })

  it("runs the caller's callbacks after the cache work, with their own onMutate result", async () => {
    const client = partnerClient(world)
    const seen: unknown[] = []
    const { result, queryClient } = renderMoniteHook(
      () =>
        useCreateEntityUser({
          onMutate: () => ({ startedAt: 1 }),
          onSuccess: (user, _vars, ctx) => {
            seen.push(ctx)
            seen.push(queryClient.getQueryData(entityUserQueryOptions(client, user.id).queryKey))
          },
        }),
      { client },
    )
    await act(() =>
      result.current.mutateAsync({ first_name: 'Cb', login: 'callbacks', role_id: roleId() }),
    )
    expect(seen[0]).toEqual({ startedAt: 1 })
    expect(seen[1]).toMatchObject({ login: 'callbacks' })
  })
})
