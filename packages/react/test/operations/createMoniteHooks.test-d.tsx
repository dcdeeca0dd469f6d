import type {
  EntityUser,
  EntityUserPage,
  MoniteClient,
  paths,
  Role,
  RolePage,
} from '@monite-kit/client'
import type { InfiniteData, QueryClient } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  createMoniteHooks,
  createMoniteOptions,
  type MoniteCursorPaths,
  type MoniteQueryError,
} from '../../src'

declare const client: MoniteClient
declare const queryClient: QueryClient
const monite = createMoniteHooks()
const ops = createMoniteOptions<paths>()
const roleId = { params: { path: { role_id: 'r1' } } }

describe('createMoniteHooks over the project spec', () => {
  it('offers the paths of the method, and refuses unknown ones', () => {
    monite.useQuery('get', '/roles')
    monite.useQuery('get', '/entity_users/me')
    // @ts-expect-error no such path
    monite.useQuery('get', '/nope')
    // @ts-expect-error /roles has no PUT
    monite.useMutation('put', '/roles')
    // @ts-expect-error /entity_users/me has no DELETE
    monite.useMutation('delete', '/entity_users/me')
  })

  it('types data per operation, or what select returns', () => {
    expectTypeOf(monite.useQuery('get', '/roles').data).toEqualTypeOf<RolePage | undefined>()
    expectTypeOf(monite.useQuery('get', '/roles/{role_id}', roleId).data).toEqualTypeOf<
      Role | undefined
    >()
    const names = monite.useQuery('get', '/roles', undefined, {
      select: (page) => page.data.map((role) => role.name),
    })
    expectTypeOf(names.data).toEqualTypeOf<string[] | undefined>()
    expectTypeOf(
      monite.useSuspenseQuery('get', '/entity_users/me').data,
    ).toEqualTypeOf<EntityUser>()
    const count = monite.useSuspenseQuery(
      'get',
      '/entity_users',
      {},
      { select: (p) => p.data.length },
    )
    expectTypeOf(count.data).toEqualTypeOf<number>()
  })

  it('requires path params where the operation has them, and types query and body', () => {
    // @ts-expect-error role_id is required
    monite.useQuery('get', '/roles/{role_id}')
    // @ts-expect-error role_id is a string
    monite.useQuery('get', '/roles/{role_id}', { params: { path: { role_id: 1 } } })
    monite.useQuery('get', '/roles', { params: { query: { limit: 10 } } })
    // @ts-expect-error limit is a number
    monite.useQuery('get', '/roles', { params: { query: { limit: '10' } } })
    // @ts-expect-error unknown filter
    monite.useQuery('get', '/roles', { params: { query: { nope: 1 } } })
    const create = monite.useMutation('post', '/roles')
    create.mutate({ body: { name: 'Viewer', permissions: { objects: [] } } })
    // @ts-expect-error name is required
    create.mutate({ body: { permissions: { objects: [] } } })
    // @ts-expect-error the body is required
    create.mutate({})
    const update = monite.useMutation('patch', '/entity_users/{entity_user_id}')
    update.mutate({ params: { path: { entity_user_id: 'u1' } }, body: { first_name: 'Ada' } })
    // @ts-expect-error the id is required
    update.mutate({ body: { first_name: 'Ada' } })
    expectTypeOf(update.data).toEqualTypeOf<EntityUser | undefined>()
  })

  it('types the error as MoniteQueryError everywhere', () => {
    expectTypeOf(monite.useQuery('get', '/roles').error).toEqualTypeOf<MoniteQueryError | null>()
    expectTypeOf(
      monite.useMutation('delete', '/roles/{role_id}').error,
    ).toEqualTypeOf<MoniteQueryError | null>()
    expectTypeOf(
      monite.useInfiniteQuery('get', '/roles').error,
    ).toEqualTypeOf<MoniteQueryError | null>()
  })

  it('offers infinite queries only where Monite cursors exist', () => {
    expectTypeOf<MoniteCursorPaths<paths>>().toEqualTypeOf<
      '/entity_users' | '/roles' | '/counterparts' | '/payables'
    >()
    const pages = monite.useInfiniteQuery('get', '/entity_users', {
      params: { query: { limit: 2 } },
    })
    expectTypeOf(pages.data).toEqualTypeOf<
      InfiniteData<EntityUserPage, string | null> | undefined
    >()
    const flat = monite.useSuspenseInfiniteQuery('get', '/roles', undefined, {
      select: (data) => data.pages.flatMap((page) => page.data),
    })
    expectTypeOf(flat.data).toEqualTypeOf<Role[]>()
    // @ts-expect-error a detail has no cursor
    monite.useInfiniteQuery('get', '/roles/{role_id}', roleId)
    // @ts-expect-error /entity_users/me has no cursor
    monite.useInfiniteQuery('get', '/entity_users/me')
  })

  it('builds options that take the client and tag their key', () => {
    const options = ops.queryOptions(client, 'get', '/roles/{role_id}', roleId)
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<Role | undefined>()
    const infinite = ops.infiniteQueryOptions(client, 'get', '/roles')
    expectTypeOf(queryClient.getQueryData(infinite.queryKey)).toEqualTypeOf<
      InfiniteData<RolePage, string | null> | undefined
    >()
    const mutation = ops.mutationOptions(client, queryClient, 'delete', '/roles/{role_id}')
    type Variables = Parameters<NonNullable<typeof mutation.mutationFn>>[0]
    expectTypeOf<Variables>().toEqualTypeOf<{ params: { path: { role_id: string } } }>()
    // @ts-expect-error the client comes first
    ops.queryOptions('get', '/roles')
  })

  it('types the optimistic function by the operation', () => {
    monite.useMutation('patch', '/roles/{role_id}', {
      optimistic: (role, { body }) => {
        expectTypeOf(role).toEqualTypeOf<Role>()
        return { ...role, name: body.name ?? role.name }
      },
      rule: 'update',
    })
    // @ts-expect-error not a rule
    monite.useMutation('patch', '/roles/{role_id}', { rule: 'nope' })
  })
})
