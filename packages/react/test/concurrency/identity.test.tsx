import type { EntityUserPage, MoniteClient } from '@monite-kit/client'
import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEntityUsers } from '../../src'
import {
  createTestQueryClient,
  requestsTo,
  setupFakeMonite,
  TestProviders,
  userClient,
  userWithRole,
} from '../helpers'

const { world, fake } = setupFakeMonite()
const entity = world.entities[0]!

/** Renders the entity's user list under `client`; `seen` gets every page rendered. */
function UserList({ seen }: { seen: (EntityUserPage | undefined)[] }) {
  const { data } = useEntityUsers()
  seen.push(data)
  return null
}

const ids = (page: EntityUserPage | undefined) => page?.data.map((u) => u.id).sort()

describe('another identity on the same entity never sees the previous identity’s lists', () => {
  const own = userWithRole(world, 'Own records only')
  const admin = userWithRole(world, 'Admin')
  const everyone = entity.users.map((u) => u.id).sort()

  it('a new client in the same provider (same QueryClient)', async () => {
    const queryClient = createTestQueryClient()
    const seen: (EntityUserPage | undefined)[] = []
    const ui = (client: MoniteClient) => (
      <TestProviders client={client} queryClient={queryClient}>
        <UserList seen={seen} />
      </TestProviders>
    )
    const view = render(ui(userClient(world, own)))
    await waitFor(() => expect(ids(seen.at(-1))).toEqual([own.id]))
    seen.length = 0
    view.rerender(ui(userClient(world, admin)))
    await waitFor(() => expect(ids(seen.at(-1))).toEqual(everyone))
    expect(seen.filter((page) => page !== undefined).map(ids)).not.toContainEqual([own.id])
  })

  it('signing out and in: a new provider under the same QueryClient', async () => {
    const queryClient = createTestQueryClient()
    const seen: (EntityUserPage | undefined)[] = []
    const first = render(
      <TestProviders client={userClient(world, own)} queryClient={queryClient}>
        <UserList seen={seen} />
      </TestProviders>,
    )
    await waitFor(() => expect(ids(seen.at(-1))).toEqual([own.id]))
    first.unmount()
    seen.length = 0
    render(
      <TestProviders client={userClient(world, admin)} queryClient={queryClient}>
        <UserList seen={seen} />
      </TestProviders>,
    )
    await waitFor(() => expect(ids(seen.at(-1))).toEqual(everyone))
    expect(seen.filter((page) => page !== undefined).map(ids)).not.toContainEqual([own.id])
  })

  it('another scope on the same client drops the entity cache too', async () => {
    const queryClient = createTestQueryClient()
    const seen: (EntityUserPage | undefined)[] = []
    const client = userClient(world, admin)
    const ui = (scope: string) => (
      <TestProviders client={client} queryClient={queryClient} scope={scope}>
        <UserList seen={seen} />
      </TestProviders>
    )
    const view = render(ui('session-1'))
    await waitFor(() => expect(ids(seen.at(-1))).toEqual(everyone))
    const gets = requestsTo(fake, 'GET', '/entity_users').length
    view.rerender(ui('session-2'))
    await waitFor(() => expect(requestsTo(fake, 'GET', '/entity_users').length).toBe(gets + 1))
    await waitFor(() => expect(ids(seen.at(-1))).toEqual(everyone))
  })

  it('the same identity with a new client object keeps the cache (no refetch)', async () => {
    const queryClient = createTestQueryClient()
    const seen: (EntityUserPage | undefined)[] = []
    const ui = (client: MoniteClient) => (
      <TestProviders client={client} queryClient={queryClient}>
        <UserList seen={seen} />
      </TestProviders>
    )
    const view = render(ui(userClient(world, admin)))
    await waitFor(() => expect(ids(seen.at(-1))).toEqual(everyone))
    const gets = requestsTo(fake, 'GET', '/entity_users').length
    seen.length = 0
    view.rerender(ui(userClient(world, admin)))
    expect(ids(seen.at(-1))).toEqual(everyone)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(requestsTo(fake, 'GET', '/entity_users').length).toBe(gets)
  })
})
