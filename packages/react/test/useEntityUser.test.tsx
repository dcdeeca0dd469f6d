import { isMoniteApiError } from '@monite-kit/client'
import { waitFor } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { useEntityUser, useSuspenseEntityUser } from '../src'
import { partnerClient, renderMoniteHook, requestsTo, setupFakeMonite } from './helpers'

const { world, fake } = setupFakeMonite()

describe('useEntityUser', () => {
  it('loads one user', async () => {
    fake.control.setLatency(20)
    const user = world.entities[0]!.users[3]!
    const { result } = renderMoniteHook(() => useEntityUser(user.id), {
      client: partnerClient(world),
    })
    expect(result.current.isLoading).toBe(true)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toMatchObject({ id: user.id, login: user.login })
  })

  it('fails with 404 for an unknown id, without retrying', async () => {
    const before = requestsTo(fake, 'GET', '/entity_users/').length
    const { result } = renderMoniteHook(
      () => useEntityUser('00000000-0000-4000-8000-000000000000'),
      { client: partnerClient(world) },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(isMoniteApiError(result.current.error) && result.current.error.status).toBe(404)
    expect(requestsTo(fake, 'GET', '/entity_users/').length - before).toBe(1)
  })

  it('does not see users of another entity', async () => {
    const other = world.entities[1]!.users[0]!
    const { result } = renderMoniteHook(() => useEntityUser(other.id), {
      client: partnerClient(world, 0),
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 404 })
  })

  it('waits for an id with enabled', async () => {
    const user = world.entities[0]!.users[0]!
    let setId: (id: string) => void = () => {}
    const { result } = renderMoniteHook(
      () => {
        const [id, set] = useState('')
        setId = set
        return useEntityUser(id, { enabled: id !== '' })
      },
      { client: partnerClient(world) },
    )
    expect(result.current.fetchStatus).toBe('idle')
    setId(user.id)
    await waitFor(() => expect(result.current.data?.id).toBe(user.id))
  })
})

describe('useSuspenseEntityUser', () => {
  it('suspends, then has data', async () => {
    const user = world.entities[0]!.users[1]!
    const { result } = renderMoniteHook(() => useSuspenseEntityUser(user.id), {
      client: partnerClient(world),
    })
    await waitFor(() => expect(result.current?.data.id).toBe(user.id))
  })
})
