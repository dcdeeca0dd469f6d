import type {
  DataTag,
  QueryClient,
  QueryKey,
  UseInfiniteQueryOptions,
  UseMutationOptions,
  UseQueryOptions,
} from '@tanstack/react-query'
import type { MoniteCacheRule } from '../internal/restRoute'
import type {
  MoniteInfiniteQueryOptions,
  MoniteOnMutateResult,
  MonitePageParam,
  MoniteQueryError,
  MoniteQueryOptions,
} from '../types'
import type { MoniteOperationsClient } from './client'
import type {
  MoniteCursorPaths,
  MoniteData,
  MoniteHttpMethod,
  MoniteInfiniteData,
  MoniteInit,
  MoniteInitArg,
  MoniteOperation,
  MonitePathsWith,
} from './types'

type Empty = Record<never, never>
type RequiredKeys<T> = { [K in keyof T]-?: Empty extends Pick<T, K> ? never : K }[keyof T]

/**
 * The variables of a generic mutation: the operation's `params` and `body` (nothing, when none is
 * required).
 *
 * @example
 * ```ts
 * import type { paths } from '@monite-kit/client'
 * const vars: MoniteVariables<paths['/roles/{role_id}']['patch']> = {
 *   params: { path: { role_id: 'r1' } },
 *   body: { name: 'Approvers' },
 * }
 * ```
 */
export type MoniteVariables<Op> = [RequiredKeys<MoniteInit<Op>>] extends [never]
  ? MoniteInit<Op> | undefined
  : MoniteInit<Op>

/**
 * What `queryOptions` of {@link createMoniteOptions} returns: TanStack's query options with a
 * key tagged with the data type (so `queryClient.getQueryData(options.queryKey)` is typed).
 *
 * @example
 * ```ts
 * const options: MoniteOperationQueryOptions<RolePage> = ops.queryOptions(client, 'get', '/roles')
 * ```
 */
export type MoniteOperationQueryOptions<TQueryFnData, TData = TQueryFnData> = UseQueryOptions<
  TQueryFnData,
  MoniteQueryError,
  TData,
  QueryKey
> & { queryKey: DataTag<QueryKey, TQueryFnData, MoniteQueryError> }

/**
 * What `infiniteQueryOptions` of {@link createMoniteOptions} returns.
 *
 * @example
 * ```ts
 * const options: MoniteOperationInfiniteQueryOptions<RolePage> =
 *   ops.infiniteQueryOptions(client, 'get', '/roles')
 * ```
 */
export type MoniteOperationInfiniteQueryOptions<
  TPage,
  TData = MoniteInfiniteData<TPage>,
> = UseInfiniteQueryOptions<TPage, MoniteQueryError, TData, QueryKey, MonitePageParam> & {
  queryKey: DataTag<QueryKey, MoniteInfiniteData<TPage>, MoniteQueryError>
}

/**
 * Options of a generic mutation: everything `useMutation` takes except the key and function,
 * plus the cache `rule` (default: derived from the method and path, see {@link MoniteCacheRule})
 * and `optimistic` (off by default): `true` merges a PATCH/PUT body into the cached record, or
 * removes it for a DELETE; a function computes the record's next value (`null` removes it). Your
 * callbacks run after the cache work and see only your own `onMutate` result.
 *
 * @example
 * ```ts
 * const options: MoniteOperationMutationOptions<Role, { body: { name: string } }> = {
 *   optimistic: (role, { body }) => ({ ...role, name: body.name }),
 * }
 * ```
 */
export type MoniteOperationMutationOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, MoniteQueryError, TVariables, TOnMutateResult>,
  'mutationFn' | 'mutationKey'
> & {
  rule?: MoniteCacheRule
  optimistic?:
    | boolean
    | ((
        item: TData extends { id: string } ? TData : { id: string },
        variables: TVariables,
      ) => (TData extends { id: string } ? TData : { id: string }) | null)
}

/**
 * `queryOptions(client, method, path, init?, options?)`.
 *
 * @example
 * ```ts
 * const options = ops.queryOptions(client, 'get', '/roles/{role_id}', { params: { path: { role_id } } })
 * ```
 */
export type MoniteQueryOptionsBuilder<Paths> = <
  Method extends MoniteHttpMethod,
  Path extends MonitePathsWith<Paths, Method>,
  TData = MoniteData<MoniteOperation<Paths, Method, Path>>,
>(
  client: MoniteOperationsClient,
  method: Method,
  path: Path,
  ...args: MoniteInitArg<
    MoniteOperation<Paths, Method, Path>,
    [options: MoniteQueryOptions<MoniteData<MoniteOperation<Paths, Method, Path>>, TData>]
  >
) => MoniteOperationQueryOptions<MoniteData<MoniteOperation<Paths, Method, Path>>, TData>

/**
 * `infiniteQueryOptions(client, 'get', path, init?, options?)`: only paths that page with
 * Monite's cursors.
 *
 * @example
 * ```ts
 * const options = ops.infiniteQueryOptions(client, 'get', '/roles', { params: { query: { limit: 50 } } })
 * ```
 */
export type MoniteInfiniteQueryOptionsBuilder<Paths> = <
  Path extends MoniteCursorPaths<Paths>,
  TData = MoniteInfiniteData<MoniteData<MoniteOperation<Paths, 'get', Path>>>,
>(
  client: MoniteOperationsClient,
  method: 'get',
  path: Path,
  ...args: MoniteInitArg<
    MoniteOperation<Paths, 'get', Path>,
    [options: MoniteInfiniteQueryOptions<MoniteData<MoniteOperation<Paths, 'get', Path>>, TData>]
  >
) => MoniteOperationInfiniteQueryOptions<MoniteData<MoniteOperation<Paths, 'get', Path>>, TData>

/**
 * `mutationOptions(client, queryClient, method, path, options?)`.
 *
 * @example
 * ```ts
 * const options = ops.mutationOptions(client, queryClient, 'patch', '/roles/{role_id}')
 * ```
 */
export type MoniteMutationOptionsBuilder<Paths> = <
  Method extends MoniteHttpMethod,
  Path extends MonitePathsWith<Paths, Method>,
  TOnMutateResult = unknown,
>(
  client: MoniteOperationsClient,
  queryClient: QueryClient,
  method: Method,
  path: Path,
  options?: MoniteOperationMutationOptions<
    MoniteData<MoniteOperation<Paths, Method, Path>>,
    MoniteVariables<MoniteOperation<Paths, Method, Path>>,
    TOnMutateResult
  >,
) => UseMutationOptions<
  MoniteData<MoniteOperation<Paths, Method, Path>>,
  MoniteQueryError,
  MoniteVariables<MoniteOperation<Paths, Method, Path>>,
  MoniteOnMutateResult<TOnMutateResult>
>

/**
 * Per-operation cache rules of a factory: `'<method> <path>'` → {@link MoniteCacheRule}.
 *
 * @example
 * ```ts
 * const rules: MoniteCacheRules = { 'post /payables/{payable_id}/cancel': 'none' }
 * ```
 */
export type MoniteCacheRules = Readonly<Record<string, MoniteCacheRule>>

/**
 * Options of {@link createMoniteOptions} and `createMoniteHooks`.
 *
 * @example
 * ```ts
 * const config: MoniteOperationsConfig = { rules: { 'post /payables/{payable_id}/cancel': 'none' } }
 * ```
 */
export interface MoniteOperationsConfig {
  /** Overrides the cache rule derived from REST conventions, per operation. */
  rules?: MoniteCacheRules
}

/**
 * The builders of {@link createMoniteOptions}.
 *
 * @example
 * ```ts
 * const ops: MoniteOptionsBuilders<paths> = createMoniteOptions<paths>()
 * ```
 */
export interface MoniteOptionsBuilders<Paths> {
  queryOptions: MoniteQueryOptionsBuilder<Paths>
  infiniteQueryOptions: MoniteInfiniteQueryOptionsBuilder<Paths>
  mutationOptions: MoniteMutationOptionsBuilder<Paths>
}
