// The generic layer's cache rules, derived from REST conventions, on the fake's entity users and
// roles: POST on a collection, PATCH on an item, DELETE, opt-in optimistic updates, overrides.
import type { EntityUserPage, Role, RolePage } from '@monite-kit/client'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  createMoniteHooks,
  entityUserQueryOptions,
  moniteKeys,
  roleQueryOptions,
  useEntityUsers,
} from '../../src'
import {
  createTestQueryClient,
  type Fake,
  partnerClient,
  renderMoniteHook,
  setupFakeMonite,
} from '../helpers'

const { world, fake } = setupFakeMonite()
const monite = createMoniteHooks()

/** GETs the fake answered on exactly `path` (under /v1). */
const gets = (f: Fake, path: string) =>
  f.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === `/v1${path}`).length
const rolesQuery = { params: { query: { limit: 100 } } }
const nameIn = (page: RolePage | undefined, id: string) => page?.data.find((r) => r.id === id)?.name

describe('generic cache rules', () => {
  it('POST on a collection refetches its lists (and seeds the new record’s detail)', async () => {
    const client = partnerClient(world)
    const { result, queryClient } = renderMoniteHook(
      () => ({
        list: monite.useQuery('get', '/roles', rolesQuery),
        create: monite.useMutation('post', '/roles'),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    const listGets = gets(fake, '/roles')
    const role = await act(() =>
      result.current.create.mutateAsync({
        body: { name: 'Generic viewers', permissions: { objects: [] } },
      }),
    )
    expect(gets(fake, '/roles')).toBe(listGets + 1)
    expect(result.current.list.data?.data.map((r) => r.id)).toContain(role.id)
    const detail = monite.queryOptions(client, 'get', '/roles/{role_id}', {
      params: { path: { role_id: role.id } },
    })
    expect(queryClient.getQueryData(detail.queryKey)).toEqual(role)
  })

  it('PATCH on an item writes the answer into its detail and every cached page, then refetches lists', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[2]!
    const path = { params: { path: { role_id: role.id } } }
    const { result, queryClient } = renderMoniteHook(
      () => ({
        detail: monite.useQuery('get', '/roles/{role_id}', path),
        rename: monite.useMutation('patch', '/roles/{role_id}'),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    // lists nobody watches: invalidation marks them stale without refetching, so what they hold
    // after the mutation is what the rule wrote
    const list = monite.queryOptions(client, 'get', '/roles', rolesQuery)
    const pages = monite.infiniteQueryOptions(client, 'get', '/roles', rolesQuery)
    const named = roleQueryOptions(client, role.id)
    await Promise.all([
      queryClient.prefetchQuery(list),
      queryClient.prefetchInfiniteQuery(pages),
      queryClient.prefetchQuery(named),
    ])
    const detailGets = gets(fake, `/roles/${role.id}`)
    const answer = await act(() =>
      result.current.rename.mutateAsync({ ...path, body: { name: 'Approvers (generic)' } }),
    )
    expect(answer.name).toBe('Approvers (generic)')
    expect(queryClient.getQueryData(named.queryKey)).toEqual(answer)
    expect(nameIn(queryClient.getQueryData(list.queryKey), role.id)).toBe(answer.name)
    expect(nameIn(queryClient.getQueryData(pages.queryKey)?.pages[0], role.id)).toBe(answer.name)
    expect(gets(fake, `/roles/${role.id}`)).toBe(detailGets)
    // The hook shows it once TanStack notifies its observers (a task after the cache write).
    await waitFor(() => expect(result.current.detail.data).toEqual(answer))
    // then the lists were invalidated (their filters may no longer match); the detail was not
    expect(queryClient.getQueryState(list.queryKey)?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(pages.queryKey)?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(named.queryKey)?.isInvalidated).toBe(false)
  })

  it('DELETE removes the detail and the item from every cached page', async () => {
    const client = partnerClient(world)
    const user = world.entities[0]!.users[3]!
    const path = { params: { path: { entity_user_id: user.id } } }
    const { result, queryClient } = renderMoniteHook(
      () => ({
        named: useEntityUsers({ limit: 100 }),
        remove: monite.useMutation('delete', '/entity_users/{entity_user_id}'),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.named.isSuccess).toBe(true))
    const list = monite.queryOptions(client, 'get', '/entity_users', {
      params: { query: { limit: 100 } },
    })
    const detail = monite.queryOptions(client, 'get', '/entity_users/{entity_user_id}', path)
    await queryClient.prefetchQuery(list)
    await queryClient.prefetchQuery(detail)
    await queryClient.prefetchQuery(entityUserQueryOptions(client, user.id))
    const has = (page: EntityUserPage | undefined) => page?.data.some((u) => u.id === user.id)
    expect(has(queryClient.getQueryData(list.queryKey))).toBe(true)

    await act(() => result.current.remove.mutateAsync(path))
    expect(queryClient.getQueryData(detail.queryKey)).toBeUndefined()
    expect(
      queryClient.getQueryData(entityUserQueryOptions(client, user.id).queryKey),
    ).toBeUndefined()
    expect(has(queryClient.getQueryData(list.queryKey))).toBe(false)
    expect(has(result.current.named.data)).toBe(false)
  })

  it('applies optimistic updates only when asked, and rolls back only that change', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[3]!
    const path = { params: { path: { role_id: role.id } } }
    const { result } = renderMoniteHook(
      () => ({
        list: monite.useQuery('get', '/roles', rolesQuery),
        plain: monite.useMutation('patch', '/roles/{role_id}'),
        optimistic: monite.useMutation('patch', '/roles/{role_id}', { optimistic: true }),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    fake.control.setLatency(150)

    act(() => result.current.plain.mutate({ ...path, body: { name: 'Not yet' } }))
    await new Promise((r) => setTimeout(r, 60))
    expect(result.current.plain.isPending).toBe(true)
    expect(nameIn(result.current.list.data, role.id)).toBe(role.name)
    await waitFor(() => expect(result.current.plain.isSuccess).toBe(true))
    await waitFor(() => expect(nameIn(result.current.list.data, role.id)).toBe('Not yet'))

    fake.control.failNext('PATCH /roles/{role_id}', { status: 422 })
    act(() => result.current.optimistic.mutate({ ...path, body: { name: 'At once' } }))
    await waitFor(() => expect(nameIn(result.current.list.data, role.id)).toBe('At once'))
    expect(result.current.optimistic.isPending).toBe(true)
    await waitFor(() => expect(result.current.optimistic.isError).toBe(true))
    expect(result.current.optimistic.error).toMatchObject({ status: 422 })
    expect(nameIn(result.current.list.data, role.id)).toBe('Not yet')
  })

  it('takes an optimistic function, typed by the operation', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[4]!
    const path = { params: { path: { role_id: role.id } } }
    const { result } = renderMoniteHook(
      () => ({
        detail: monite.useQuery('get', '/roles/{role_id}', path),
        rename: monite.useMutation('patch', '/roles/{role_id}', {
          optimistic: (current: Role, { body }) => ({ ...current, name: `${body.name} (saving)` }),
        }),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    fake.control.setLatency(150)
    act(() => result.current.rename.mutate({ ...path, body: { name: 'Payers' } }))
    await waitFor(() => expect(result.current.detail.data?.name).toBe('Payers (saving)'))
    await waitFor(() => expect(result.current.rename.isSuccess).toBe(true))
    expect(result.current.detail.data?.name).toBe('Payers')
  })

  it('lets a call or the factory override the rule per operation', async () => {
    const client = partnerClient(world)
    const role = world.entities[0]!.roles[1]!
    const path = { params: { path: { role_id: role.id } } }
    const quiet = createMoniteHooks({ rules: { 'patch /roles/{role_id}': 'none' } })
    const { result, queryClient } = renderMoniteHook(
      () => ({
        list: monite.useQuery('get', '/roles', rolesQuery),
        byCall: monite.useMutation('patch', '/roles/{role_id}', { rule: 'none' }),
        byFactory: quiet.useMutation('patch', '/roles/{role_id}'),
      }),
      { client },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    const listGets = gets(fake, '/roles')
    await act(() => result.current.byCall.mutateAsync({ ...path, body: { name: 'Quiet 1' } }))
    await act(() => result.current.byFactory.mutateAsync({ ...path, body: { name: 'Quiet 2' } }))
    expect(gets(fake, '/roles')).toBe(listGets)
    expect(nameIn(result.current.list.data, role.id)).toBe(role.name)
    // and the app's own invalidation reaches every query under the path
    await act(() => queryClient.invalidateQueries({ queryKey: moniteKeys.path(client, '/roles') }))
    await waitFor(() => expect(nameIn(result.current.list.data, role.id)).toBe('Quiet 2'))
  })

  it('refuses an unknown rule with a TypeError naming it', () => {
    const client = partnerClient(world)
    const build = () =>
      monite.mutationOptions(client, createTestQueryClient(), 'patch', '/roles/{role_id}', {
        rule: 'upsert' as never,
      })
    expect(build).toThrow(TypeError)
    expect(build).toThrow('"upsert"')
  })
})
