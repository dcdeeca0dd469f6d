import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEntityUser, useMe, useUpdateMe } from '../src'
import { renderMoniteHook, requestsTo, setupFakeMonite, userClient, userWithRole } from './helpers'

const { world, fake } = setupFakeMonite()

describe('useUpdateMe', () => {
  it('updates /me (and the user detail) optimistically, then from the answer', async () => {
    const user = userWithRole(world, 'Read only')
    const client = userClient(world, user)
    const { result } = renderMoniteHook(() => ({ me: useMe(), update: useUpdateMe() }), {
      client,
      scope: user.id,
    })
    await waitFor(() => expect(result.current.me.isSuccess).toBe(true))
    const meGets = requestsTo(fake, 'GET', '/entity_users/me').length
    fake.control.setLatency(150)
    act(() => result.current.update.mutate({ first_name: 'Zed', phone: '+4930123456' }))
    await waitFor(() => expect(result.current.me.data?.first_name).toBe('Zed'))
    expect(result.current.update.isPending).toBe(true)
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(result.current.me.data).toEqual(result.current.update.data)
    expect(result.current.me.data?.phone).toBe('+4930123456')
    expect(requestsTo(fake, 'GET', '/entity_users/me').length).toBe(meGets)
  })

  it('rolls back on a forced 422', async () => {
    const user = userWithRole(world, 'Admin')
    const client = userClient(world, user)
    const { result } = renderMoniteHook(
      () => ({ me: useMe(), detail: useEntityUser(user.id), update: useUpdateMe() }),
      { client },
    )
    await waitFor(() => expect(result.current.me.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    const before = result.current.me.data
    fake.control.setLatency(150)
    fake.control.failNext('PATCH /entity_users/me', { status: 422 })
    act(() => result.current.update.mutate({ first_name: 'Nope' }))
    await waitFor(() => expect(result.current.detail.data?.first_name).toBe('Nope'))
    await waitFor(() => expect(result.current.update.isError).toBe(true))
    expect(result.current.me.data).toEqual(before)
    expect(result.current.detail.data?.first_name).toBe(before?.first_name)
  })
})
