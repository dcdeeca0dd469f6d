// The generic layer's queries against the fake: data, keys in the moniteKeys hierarchy, typed
// errors and moniteRetry, suspense, and infinite queries over Monite's cursors.
import { isMoniteApiError } from '@monite-kit/client'
import { partialMatchKey } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { createMoniteHooks, moniteKeys, useRole } from '../../src'
import {
  createTestQueryClient,
  partnerClient,
  renderMoniteHook,
  renderWithMonite,
  requestsTo,
  setupFakeMonite,
  userClient,
  userWithRole,
} from '../helpers'

const { world, fake } = setupFakeMonite()
const monite = createMoniteHooks()

function RoleName({ id }: { id: string }) {
  const { data } = monite.useSuspenseQuery(
    'get',
    '/roles/{role_id}',
    { params: { path: { role_id: id } } },
    { select: (r) => r.name.toUpperCase() },
  )
  return <p>{data}</p>
}

function RoleCount() {
  const { data } = monite.useSuspenseInfiniteQuery(
    'get',
    '/roles',
    { params: { query: { limit: 2 } } },
    { select: (d) => d.pages.flatMap((p) => p.data).length },
  )
  return <p>{`roles: ${data}`}</p>
}

describe('generic queries', () => {
  it('read an operation through the client, keyed under its path', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[1]!
    const { result, queryClient } = renderMoniteHook(
      () => ({
        list: monite.useQuery('get', '/roles', { params: { query: { limit: 100 } } }),
        detail: monite.useQuery('get', '/roles/{role_id}', {
          params: { path: { role_id: role.id } },
        }),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    expect(result.current.detail.data?.name).toBe(role.name)
    expect(result.current.list.data?.data.map((r) => r.id)).toEqual(
      expect.arrayContaining(world.entities[0]!.roles.map((r) => r.id)),
    )
    // the entity header went out: the other entity's roles are not in the list
    const other = world.entities[1]!.roles[0]!.id
    expect(result.current.list.data?.data.map((r) => r.id)).not.toContain(other)
    const keys = queryClient
      .getQueryCache()
      .findAll({ queryKey: moniteKeys.path(client, '/roles') })
      .map((q) => q.queryKey)
    expect(keys).toEqual(
      expect.arrayContaining([
        ['monite', client.baseUrl, client.entityId, 'roles', { limit: 100 }],
        ['monite', client.baseUrl, client.entityId, 'roles', role.id, {}],
      ]),
    )
    // the detail sits under its collection and under its own path key
    const detailKey = moniteKeys.path(client, '/roles/{role_id}', { role_id: role.id })
    expect(queryClient.getQueryCache().findAll({ queryKey: detailKey })).toHaveLength(1)
    expect(partialMatchKey(detailKey, moniteKeys.path(client, '/roles'))).toBe(true)
  })

  it('reject with MoniteApiError and follow moniteRetry (a 404 is not retried)', async () => {
    const client = partnerClient(world)
    const { result } = renderMoniteHook(
      () =>
        monite.useQuery(
          'get',
          '/roles/{role_id}',
          // the test QueryClient turns retries off; the builder's moniteRetry wins
          { params: { path: { role_id: '00000000-0000-4000-8000-000000000000' } } },
        ),
      { client },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(isMoniteApiError(result.current.error)).toBe(true)
    expect(result.current.error).toMatchObject({ status: 404, method: 'GET' })
    expect(requestsTo(fake, 'GET', '/roles/00000000-0000-4000-8000-000000000000')).toHaveLength(1)
  })

  it('retry a 503 once (moniteRetry), then show the answer', async () => {
    const client = partnerClient(world)
    fake.control.failNext('GET /roles', { status: 503 })
    const { result } = renderMoniteHook(
      () => monite.useQuery('get', '/roles', undefined, { retryDelay: 1 }),
      { client },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(requestsTo(fake, 'GET', '/roles').length).toBe(2)
  })

  it('refuse a missing path parameter with a TypeError naming it', () => {
    const client = partnerClient(world)
    const call = () =>
      monite.queryOptions(client, 'get', '/roles/{role_id}', { params: { path: { role_id: '' } } })
    expect(call).toThrow(TypeError)
    expect(call).toThrow('{role_id}')
  })

  it('suspend, then render the data (select applied)', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[0]!
    const view = renderWithMonite(
      <Suspense fallback={<p>loading</p>}>
        <RoleName id={role.id} />
      </Suspense>,
      { client },
    )
    expect(view.container.textContent).toBe('loading')
    await waitFor(() => expect(view.container.textContent).toBe(role.name.toUpperCase()))
  })

  it('page with Monite cursors in useInfiniteQuery', async () => {
    const client = partnerClient(world)
    const all = world.entities[0]!.users.length
    const { result } = renderMoniteHook(
      () =>
        monite.useInfiniteQuery('get', '/entity_users', {
          params: { query: { limit: 4, sort: 'updated_at', order: 'asc' } },
        }),
      { client },
    )
    await waitFor(() => expect(result.current.isPending).toBe(false))
    expect(result.current.error).toBeNull()
    expect(result.current.data?.pages[0]?.data).toHaveLength(4)
    expect(result.current.hasNextPage).toBe(true)
    while (result.current.hasNextPage) {
      await act(() => result.current.fetchNextPage())
    }
    const logins = result.current.data!.pages.flatMap((p) => p.data.map((u) => u.login))
    expect(logins).toHaveLength(all)
    expect(new Set(logins).size).toBe(all)
    // the next pages sent only the token (it carries the filters)
    const next = requestsTo(fake, 'GET', '/entity_users').slice(1)
    expect(next.length).toBe(Math.ceil(all / 4) - 1)
    for (const r of next) {
      expect([...new URL(r.url).searchParams.keys()]).toEqual(['pagination_token'])
    }
  })

  it('suspend an infinite query until its first page', async () => {
    const client = partnerClient(world)
    const view = renderWithMonite(
      <Suspense fallback={<p>loading</p>}>
        <RoleCount />
      </Suspense>,
      { client },
    )
    await waitFor(() => expect(view.container.textContent).toBe('roles: 2'))
  })

  it('share records with the named hooks: one engine', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[0]!
    const { result } = renderMoniteHook(
      () => ({
        named: useRole(role.id),
        generic: monite.useQuery('get', '/roles', { params: { query: { limit: 100 } } }),
        rename: monite.useMutation('patch', '/roles/{role_id}'),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.named.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.generic.isSuccess).toBe(true))
    await act(() =>
      result.current.rename.mutateAsync({
        params: { path: { role_id: role.id } },
        body: { name: 'Renamed generically' },
      }),
    )
    // the named detail entry got the answer without a refetch of it
    await waitFor(() => expect(result.current.named.data?.name).toBe('Renamed generically'))
    expect(requestsTo(fake, 'GET', `/roles/${role.id}`)).toHaveLength(1)
  })

  it('are dropped when another identity takes the entity (as the named hooks’ lists are)', async () => {
    const queryClient = createTestQueryClient()
    const admin = userClient(world, userWithRole(world, 'Admin'))
    const first = renderMoniteHook(() => monite.useQuery('get', '/roles'), {
      client: admin,
      queryClient,
    })
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true))
    const key = moniteKeys.path(admin, '/roles')
    expect(queryClient.getQueryCache().findAll({ queryKey: key })).toHaveLength(1)
    first.unmount()
    const other = world.entities[0]!.users.find((u) => u.id !== admin.scope?.split(':')[1])!
    renderMoniteHook(() => null, { client: userClient(world, other), queryClient })
    expect(queryClient.getQueryCache().findAll({ queryKey: key })).toHaveLength(0)
  })
})
