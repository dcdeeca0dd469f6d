import type { EntityUserListParams, RoleListParams } from '@monite-kit/client'
import { pathSegments } from './internal/pathSegments'

/**
 * What a key is scoped by: a client (or any `{ baseUrl, entityId }`). Two entities, or two
 * Monite hosts, never share a cache entry.
 *
 * @example
 * ```ts
 * const target: MoniteKeyTarget = { baseUrl: client.baseUrl, entityId: client.entityId }
 * moniteKeys.entityUsers.lists(target)
 * ```
 */
export interface MoniteKeyTarget {
  readonly baseUrl: string
  readonly entityId: string | undefined
}

/**
 * `['monite', baseUrl]`
 *
 * @example
 * ```ts
 * const key: MoniteAllKey = moniteKeys.all(client)
 * ```
 */
export type MoniteAllKey = readonly ['monite', string]
/**
 * `['monite', baseUrl, entityId]` (`null` for a client without a default entity).
 *
 * @example
 * ```ts
 * queryClient.removeQueries({ queryKey: moniteKeys.entity(client) satisfies MoniteEntityKey })
 * ```
 */
export type MoniteEntityKey = readonly ['monite', string, string | null]
/**
 * `['monite', baseUrl, 'session', scope]`
 *
 * @example
 * ```ts
 * const key: MoniteSessionKey = moniteKeys.session(client, 'user-1')
 * ```
 */
export type MoniteSessionKey = readonly ['monite', string, 'session', string]

/**
 * `[...entity, ...segments]`: the prefix of every generic query (see `createMoniteHooks`) under a
 * path, e.g. `['monite', baseUrl, entityId, 'payables']` for `/payables`, which also covers
 * `/payables/{payable_id}` (`[..., 'payables', id, params]`).
 *
 * @example
 * ```ts
 * const key: MonitePathKey = moniteKeys.path(client, '/payables')
 * ```
 */
export type MonitePathKey = readonly [...MoniteEntityKey, ...string[]]

/**
 * `[...entity, 'entityUsers']`
 *
 * @example
 * ```ts
 * const key: EntityUsersAllKey = moniteKeys.entityUsers.all(client)
 * ```
 */
export type EntityUsersAllKey = readonly [...MoniteEntityKey, 'entityUsers']
/**
 * `[...entityUsers, 'list']`
 *
 * @example
 * ```ts
 * await queryClient.invalidateQueries({ queryKey: moniteKeys.entityUsers.lists(client) })
 * ```
 */
export type EntityUsersListsKey = readonly [...EntityUsersAllKey, 'list']
/**
 * `[...entityUsers, 'list', params]`
 *
 * @example
 * ```ts
 * const key: EntityUsersListKey = moniteKeys.entityUsers.list(client, { status: 'active' })
 * ```
 */
export type EntityUsersListKey = readonly [...EntityUsersListsKey, EntityUserListParams]
/**
 * `[...entityUsers, 'list', params, 'infinite']`
 *
 * @example
 * ```ts
 * const key: EntityUsersInfiniteKey = moniteKeys.entityUsers.infinite(client, { limit: 100 })
 * ```
 */
export type EntityUsersInfiniteKey = readonly [...EntityUsersListKey, 'infinite']
/**
 * `[...entityUsers, 'detail']`
 *
 * @example
 * ```ts
 * queryClient.removeQueries({ queryKey: moniteKeys.entityUsers.details(client) })
 * ```
 */
export type EntityUsersDetailsKey = readonly [...EntityUsersAllKey, 'detail']
/**
 * `[...entityUsers, 'detail', id]`
 *
 * @example
 * ```ts
 * const key: EntityUserDetailKey = moniteKeys.entityUsers.detail(client, userId)
 * ```
 */
export type EntityUserDetailKey = readonly [...EntityUsersDetailsKey, string]

/**
 * `[...entity, 'roles']`
 *
 * @example
 * ```ts
 * const key: RolesAllKey = moniteKeys.roles.all(client)
 * ```
 */
export type RolesAllKey = readonly [...MoniteEntityKey, 'roles']
/**
 * `[...roles, 'list']`
 *
 * @example
 * ```ts
 * await queryClient.invalidateQueries({ queryKey: moniteKeys.roles.lists(client) })
 * ```
 */
export type RolesListsKey = readonly [...RolesAllKey, 'list']
/**
 * `[...roles, 'list', params]`
 *
 * @example
 * ```ts
 * const key: RolesListKey = moniteKeys.roles.list(client, { name: 'Admin' })
 * ```
 */
export type RolesListKey = readonly [...RolesListsKey, RoleListParams]
/**
 * `[...roles, 'list', params, 'infinite']`
 *
 * @example
 * ```ts
 * const key: RolesInfiniteKey = moniteKeys.roles.infinite(client)
 * ```
 */
export type RolesInfiniteKey = readonly [...RolesListKey, 'infinite']
/**
 * `[...roles, 'detail']`
 *
 * @example
 * ```ts
 * queryClient.removeQueries({ queryKey: moniteKeys.roles.details(client) })
 * ```
 */
export type RolesDetailsKey = readonly [...RolesAllKey, 'detail']
/**
 * `[...roles, 'detail', id]`
 *
 * @example
 * ```ts
 * const key: RoleDetailKey = moniteKeys.roles.detail(client, roleId)
 * ```
 */
export type RoleDetailKey = readonly [...RolesDetailsKey, string]

/**
 * `[...session, 'me']`
 *
 * @example
 * ```ts
 * const key: MeKey = moniteKeys.me(client, 'user-1')
 * ```
 */
export type MeKey = readonly [...MoniteSessionKey, 'me']
/**
 * `[...session, 'myRole']`
 *
 * @example
 * ```ts
 * await queryClient.invalidateQueries({ queryKey: moniteKeys.myRole(client, 'user-1') satisfies MyRoleKey })
 * ```
 */
export type MyRoleKey = readonly [...MoniteSessionKey, 'myRole']
/**
 * `[...session, 'myEntity']`
 *
 * @example
 * ```ts
 * const key: MyEntityKey = moniteKeys.myEntity(client, 'user-1')
 * ```
 */
export type MyEntityKey = readonly [...MoniteSessionKey, 'myEntity']

const entity = (t: MoniteKeyTarget): MoniteEntityKey => ['monite', t.baseUrl, t.entityId ?? null]
const entityUsersAll = (t: MoniteKeyTarget): EntityUsersAllKey => [...entity(t), 'entityUsers']
const rolesAll = (t: MoniteKeyTarget): RolesAllKey => [...entity(t), 'roles']
const session = (t: Pick<MoniteKeyTarget, 'baseUrl'>, scope: string): MoniteSessionKey => [
  'monite',
  t.baseUrl,
  'session',
  scope,
]

/**
 * The query key factory. Keys are ordered prefixes, so invalidating a shorter key covers every
 * longer one:
 *
 * - `all(client)` → `['monite', baseUrl]`: everything from one Monite host
 * - `entity(client)` → `['monite', baseUrl, entityId]`: everything of one entity
 * - `entityUsers.all` → `.lists` → `.list(params)` → `.infinite(params)`; `.details` → `.detail(id)`
 * - `roles.all` → `.lists` → `.list(params)` → `.infinite(params)`; `.details` → `.detail(id)`
 * - `path(client, '/payables')` → `[...entity, 'payables']`: every generic query under a path
 *   (`createMoniteHooks`); `path(client, '/payables/{payable_id}', { payable_id })` → one item
 * - `session(client, scope)` → `['monite', baseUrl, 'session', scope]`, then `.me`, `.myRole`,
 *   `.myEntity`: the current user's data, keyed by the token's identity rather than the entity
 *   (see {@link resolveMoniteScope}).
 *
 * @example
 * ```ts
 * import { moniteKeys } from '@monite-kit/react'
 *
 * // refetch every entity-user list of the client's entity, whatever the filters
 * await queryClient.invalidateQueries({ queryKey: moniteKeys.entityUsers.lists(client) })
 * // read one cached role
 * const role = queryClient.getQueryData(roleQueryOptions(client, id).queryKey)
 * // refetch every generic query under /payables (lists and items)
 * await queryClient.invalidateQueries({ queryKey: moniteKeys.path(client, '/payables') })
 * // drop everything of one entity (e.g. on logout)
 * queryClient.removeQueries({ queryKey: moniteKeys.entity(client) })
 * ```
 */
export const moniteKeys = {
  /** `['monite', baseUrl]` */
  all: (target: Pick<MoniteKeyTarget, 'baseUrl'>): MoniteAllKey => ['monite', target.baseUrl],
  /** `['monite', baseUrl, entityId]` */
  entity,
  /** `['monite', baseUrl, 'session', scope]` */
  session,
  /**
   * `[...entity, ...segments]`: every generic query under `path`, its parameters filled from
   * `pathParams` (a missing one throws a `TypeError`).
   */
  path: (
    t: MoniteKeyTarget,
    path: string,
    pathParams?: Record<string, string | number>,
  ): MonitePathKey => [...entity(t), ...pathSegments(path, pathParams)],
  entityUsers: {
    all: entityUsersAll,
    lists: (t: MoniteKeyTarget): EntityUsersListsKey => [...entityUsersAll(t), 'list'],
    list: (t: MoniteKeyTarget, params?: EntityUserListParams): EntityUsersListKey => [
      ...entityUsersAll(t),
      'list',
      params ?? {},
    ],
    infinite: (t: MoniteKeyTarget, params?: EntityUserListParams): EntityUsersInfiniteKey => [
      ...entityUsersAll(t),
      'list',
      params ?? {},
      'infinite',
    ],
    details: (t: MoniteKeyTarget): EntityUsersDetailsKey => [...entityUsersAll(t), 'detail'],
    detail: (t: MoniteKeyTarget, id: string): EntityUserDetailKey => [
      ...entityUsersAll(t),
      'detail',
      id,
    ],
  },
  roles: {
    all: rolesAll,
    lists: (t: MoniteKeyTarget): RolesListsKey => [...rolesAll(t), 'list'],
    list: (t: MoniteKeyTarget, params?: RoleListParams): RolesListKey => [
      ...rolesAll(t),
      'list',
      params ?? {},
    ],
    infinite: (t: MoniteKeyTarget, params?: RoleListParams): RolesInfiniteKey => [
      ...rolesAll(t),
      'list',
      params ?? {},
      'infinite',
    ],
    details: (t: MoniteKeyTarget): RolesDetailsKey => [...rolesAll(t), 'detail'],
    detail: (t: MoniteKeyTarget, id: string): RoleDetailKey => [...rolesAll(t), 'detail', id],
  },
  /** `[...session(client, scope), 'me']` */
  me: (t: Pick<MoniteKeyTarget, 'baseUrl'>, scope: string): MeKey => [...session(t, scope), 'me'],
  /** `[...session(client, scope), 'myRole']` */
  myRole: (t: Pick<MoniteKeyTarget, 'baseUrl'>, scope: string): MyRoleKey => [
    ...session(t, scope),
    'myRole',
  ],
  /** `[...session(client, scope), 'myEntity']` */
  myEntity: (t: Pick<MoniteKeyTarget, 'baseUrl'>, scope: string): MyEntityKey => [
    ...session(t, scope),
    'myEntity',
  ],
} as const
