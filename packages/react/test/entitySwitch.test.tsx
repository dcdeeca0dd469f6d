import type { MoniteClient } from '@monite-kit/client'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MoniteProvider, moniteKeys, useEntityUsers, useUpdateEntityUser } from '../src'
import { createTestQueryClient, partnerClient, renderMoniteHook, setupFakeMonite } from './helpers'

const { world } = setupFakeMonite()

function Logins({ label }: { label: string }) {
  const { data } = useEntityUsers({ limit: 100 })
  return (
    <ul aria-label={label}>
      {data?.data.map((u) => (
        <li key={u.id}>{u.login}</li>
      ))}
    </ul>
  )
}

function Tree({ client, queryClient }: { client: MoniteClient; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <MoniteProvider client={client}>
        <Logins label="users" />
      </MoniteProvider>
    </QueryClientProvider>
  )
}

describe('entity isolation', () => {
  it('two entities under one QueryClient never share entries', async () => {
    const queryClient = createTestQueryClient()
    const client = partnerClient(world, 0)
    const other = client.withEntity(world.entities[1]!.id)
    render(
      <QueryClientProvider client={queryClient}>
        <MoniteProvider client={client}>
          <Logins label="first" />
          <MoniteProvider client={other}>
            <Logins label="second" />
          </MoniteProvider>
        </MoniteProvider>
      </QueryClientProvider>,
    )
    const first = world.entities[0]!.users.map((u) => u.login).sort()
    const second = world.entities[1]!.users.map((u) => u.login).sort()
    await waitFor(() => {
      const texts = (label: string) =>
        Array.from(screen.getByLabelText(label).querySelectorAll('li'), (li) => li.textContent)
      expect(texts('first').sort()).toEqual(first)
      expect(texts('second').sort()).toEqual(second)
    })
    const lists = queryClient.getQueryCache().findAll({ queryKey: ['monite'] })
    expect(lists).toHaveLength(2)
    expect(
      queryClient.getQueryData(moniteKeys.entityUsers.list(client, { limit: 100 })),
    ).not.toEqual(queryClient.getQueryData(moniteKeys.entityUsers.list(other, { limit: 100 })))
  })

  it('switching the provider client shows the new entity, never the old one', async () => {
    const queryClient = createTestQueryClient()
    const client = partnerClient(world, 0)
    const other = client.withEntity(world.entities[1]!.id)
    const view = render(<Tree client={client} queryClient={queryClient} />)
    await screen.findByText(world.entities[0]!.users[0]!.login)
    view.rerender(<Tree client={other} queryClient={queryClient} />)
    expect(screen.queryByText(world.entities[0]!.users[0]!.login)).toBeNull()
    await screen.findByText(world.entities[1]!.users[0]!.login)
  })

  it("a mutation in one entity does not touch the other's cache", async () => {
    const queryClient = createTestQueryClient()
    const client = partnerClient(world, 0)
    const other = client.withEntity(world.entities[1]!.id)
    const a = renderMoniteHook(() => ({ list: useEntityUsers(), update: useUpdateEntityUser() }), {
      client,
      queryClient,
    })
    const b = renderMoniteHook(() => useEntityUsers(), { client: other, queryClient })
    await waitFor(() => {
      expect(a.result.current.list.isSuccess).toBe(true)
      expect(b.result.current.isSuccess).toBe(true)
    })
    const before = b.result.current.data
    const user = world.entities[0]!.users[0]!
    await act(() =>
      a.result.current.update.mutateAsync({ id: user.id, body: { first_name: 'OnlyHere' } }),
    )
    expect(b.result.current.data).toBe(before)
  })
})
