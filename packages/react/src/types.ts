import type {
  EntityUserPage,
  MoniteApiError,
  MoniteClient,
  MoniteClientError,
  RolePage,
  UpdateEntityUserInput,
  UpdateRoleInput,
} from '@monite-kit/client'
import type {
  InfiniteData,
  QueryKey,
  UseInfiniteQueryOptions,
  UseMutationOptions,
  UseQueryOptions,
  UseSuspenseInfiniteQueryOptions,
  UseSuspenseQueryOptions,
} from '@tanstack/react-query'

/**
 * The error type of every query and mutation in this package: a {@link MoniteApiError} for a
 * non-2xx answer from Monite (`status`, `detail`, `requestId`, `retryAfterMs`), or a
 * {@link MoniteClientError} when no answer came (`code`: `timeout`, `network`, `token`,
 * `missing_entity_id`, …). Narrow with `isMoniteApiError` / `isMoniteClientError`.
 *
 * @example
 * ```tsx
 * import { isMoniteApiError } from '@monite-kit/client'
 *
 * const { error } = useEntityUser(id)
 * if (isMoniteApiError(error) && error.status === 404) return <NotFound />
 * ```
 */
export type MoniteQueryError = MoniteApiError | MoniteClientError

/**
 * What the builders need from a client: any object returned by `createMoniteClient()` (for any
 * `Paths` type argument) or by `client.withEntity(id)` fits.
 *
 * @example
 * ```ts
 * const client: MoniteReactClient = createMoniteClient({ environment: 'sandbox', auth })
 * ```
 */
export type MoniteReactClient = Pick<
  MoniteClient,
  'baseUrl' | 'entityId' | 'entityUsers' | 'roles'
> &
  Partial<Pick<MoniteClient, 'scope'>>

/**
 * `pageParam` of the infinite list queries: `null` for the first page, then a
 * `pagination_token` from `next_pagination_token` / `prev_pagination_token`.
 *
 * @example
 * ```ts
 * const param: MonitePageParam = page.next_pagination_token ?? null
 * ```
 */
export type MonitePageParam = string | null

/**
 * Cached data of {@link useEntityUsersInfinite}: TanStack's `InfiniteData` of entity-user pages.
 *
 * @example
 * ```ts
 * const users = (data: EntityUsersInfiniteData) => data.pages.flatMap((p) => p.data)
 * ```
 */
export type EntityUsersInfiniteData = InfiniteData<EntityUserPage, MonitePageParam>

/**
 * Cached data of {@link useRolesInfinite}: TanStack's `InfiniteData` of role pages.
 *
 * @example
 * ```ts
 * const roles = (data: RolesInfiniteData) => data.pages.flatMap((p) => p.data)
 * ```
 */
export type RolesInfiniteData = InfiniteData<RolePage, MonitePageParam>

/**
 * Options a query hook accepts: everything `useQuery` takes except `queryKey` and `queryFn`,
 * with `select` deciding `TData`.
 *
 * @example
 * ```ts
 * const options: MoniteQueryOptions<EntityUserPage, number> = { select: (page) => page.data.length }
 * ```
 */
export type MoniteQueryOptions<
  TQueryFnData,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
> = Omit<UseQueryOptions<TQueryFnData, MoniteQueryError, TData, TQueryKey>, 'queryKey' | 'queryFn'>

/**
 * Options a suspense query hook accepts: everything `useSuspenseQuery` takes except `queryKey`
 * and `queryFn`.
 *
 * @example
 * ```ts
 * const options: MoniteSuspenseQueryOptions<Role, string> = { select: (role) => role.name }
 * ```
 */
export type MoniteSuspenseQueryOptions<
  TQueryFnData,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
> = Omit<
  UseSuspenseQueryOptions<TQueryFnData, MoniteQueryError, TData, TQueryKey>,
  'queryKey' | 'queryFn'
>

/** Keys the infinite builders own: callers may not replace the cursor logic. */
type InfiniteOwnedKeys =
  | 'queryKey'
  | 'queryFn'
  | 'initialPageParam'
  | 'getNextPageParam'
  | 'getPreviousPageParam'

/**
 * Options an infinite query hook accepts: everything `useInfiniteQuery` takes except the key,
 * the query function and the cursor functions (those follow Monite's pagination tokens).
 *
 * @example
 * ```ts
 * const options: MoniteInfiniteQueryOptions<EntityUserPage> = { maxPages: 10 }
 * ```
 */
export type MoniteInfiniteQueryOptions<
  TQueryFnData,
  TData = InfiniteData<TQueryFnData, MonitePageParam>,
  TQueryKey extends QueryKey = QueryKey,
> = Omit<
  UseInfiniteQueryOptions<TQueryFnData, MoniteQueryError, TData, TQueryKey, MonitePageParam>,
  InfiniteOwnedKeys
>

/**
 * Options a suspense infinite query hook accepts.
 *
 * @example
 * ```ts
 * const options: MoniteSuspenseInfiniteQueryOptions<RolePage> = { staleTime: 60_000 }
 * ```
 */
export type MoniteSuspenseInfiniteQueryOptions<
  TQueryFnData,
  TData = InfiniteData<TQueryFnData, MonitePageParam>,
  TQueryKey extends QueryKey = QueryKey,
> = Omit<
  UseSuspenseInfiniteQueryOptions<
    TQueryFnData,
    MoniteQueryError,
    TData,
    TQueryKey,
    MonitePageParam
  >,
  InfiniteOwnedKeys
>

/**
 * What `onMutate` of this package's mutations resolves to: a way to undo the optimistic cache
 * writes, plus whatever your own `onMutate` returned (`user`). Your `onError` / `onSuccess` /
 * `onSettled` receive only your part.
 *
 * @example
 * ```ts
 * const result: MoniteOnMutateResult<{ toastId: string }> = { rollback: () => {}, user: { toastId: 't1' } }
 * ```
 */
export interface MoniteOnMutateResult<TUser = unknown> {
  /**
   * Takes this mutation's optimistic change back out of every cache entry it touched; other
   * changes in flight and newer server state stay. Idempotent.
   */
  rollback: () => void
  /** What your own `onMutate` returned. */
  user: TUser | undefined
}

/**
 * Options a mutation hook accepts: everything `useMutation` takes except `mutationFn`, plus
 * `optimistic` (default `true` where the mutation supports it). Your callbacks run after the
 * package's own cache updates and receive your own `onMutate` result.
 *
 * @example
 * ```ts
 * const options: MoniteMutationOptions<EntityUser, CreateEntityUserInput> = {
 *   onSuccess: (user) => console.log('created', user.id),
 * }
 * ```
 */
export type MoniteMutationOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, MoniteQueryError, TVariables, TOnMutateResult>,
  'mutationFn'
> & {
  /** Apply the change to the cache before Monite answers, and undo it on error. Default `true`. */
  optimistic?: boolean
}

/**
 * Variables of {@link useUpdateEntityUser}: the user id and the PATCH body.
 *
 * @example
 * ```ts
 * const vars: UpdateEntityUserVariables = { id: user.id, body: { first_name: 'Ada' } }
 * ```
 */
export interface UpdateEntityUserVariables {
  /** `entity_user_id`. */
  id: string
  /** Body of `PATCH /entity_users/{entity_user_id}`. */
  body: UpdateEntityUserInput
}

/**
 * Variables of {@link useUpdateRole}: the role id and the PATCH body.
 *
 * @example
 * ```ts
 * const vars: UpdateRoleVariables = { id: role.id, body: { name: 'Approvers' } }
 * ```
 */
export interface UpdateRoleVariables {
  /** `role_id`. */
  id: string
  /** Body of `PATCH /roles/{role_id}`. */
  body: UpdateRoleInput
}

/**
 * Options of the builders that read `/entity_users/me`, `/my_role` and `/my_entity`.
 *
 * @example
 * ```ts
 * const opts: MoniteScopeOptions = { scope: `user:${session.userId}` }
 * ```
 */
export interface MoniteScopeOptions {
  /**
   * A stable id for the token's identity (e.g. the entity user id, or a session id). Two clients
   * with different tokens must have different scopes. Default: the client's own `scope` property
   * when it has one, otherwise an id unique to the client object. Pass it for SSR so the
   * server's and the browser's clients share cache entries.
   */
  scope?: string
}
