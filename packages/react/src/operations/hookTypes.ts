import type {
  UseInfiniteQueryResult,
  UseMutationResult,
  UseQueryResult,
  UseSuspenseInfiniteQueryResult,
  UseSuspenseQueryResult,
} from '@tanstack/react-query'
import type {
  MoniteInfiniteQueryOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  MoniteQueryOptions,
  MoniteSuspenseInfiniteQueryOptions,
  MoniteSuspenseQueryOptions,
} from '../types'
import type {
  MoniteOperationMutationOptions,
  MoniteOptionsBuilders,
  MoniteVariables,
} from './builderTypes'
import type {
  MoniteCursorPaths,
  MoniteData,
  MoniteHttpMethod,
  MoniteInfiniteData,
  MoniteInitArg,
  MoniteOperation,
  MonitePathsWith,
} from './types'

type Op<Paths, M extends MoniteHttpMethod, P> = MoniteOperation<Paths, M, P & keyof Paths>
type Data<Paths, M extends MoniteHttpMethod, P> = MoniteData<Op<Paths, M, P>>

/**
 * What `createMoniteHooks` returns: the builders of `createMoniteOptions` plus the hooks, which
 * take the client from the nearest `MoniteProvider`.
 *
 * @example
 * ```ts
 * const monite: MoniteHooks<paths> = createMoniteHooks<paths>()
 * ```
 */
export interface MoniteHooks<Paths> extends MoniteOptionsBuilders<Paths> {
  /** `useQuery(method, path, init?, options?)`: TanStack's `useQuery` over one operation. */
  useQuery<
    Method extends MoniteHttpMethod,
    Path extends MonitePathsWith<Paths, Method>,
    TData = Data<Paths, Method, Path>,
  >(
    method: Method,
    path: Path,
    ...args: MoniteInitArg<
      Op<Paths, Method, Path>,
      [options: MoniteQueryOptions<Data<Paths, Method, Path>, TData>]
    >
  ): UseQueryResult<TData, MoniteQueryError>
  /** `useSuspenseQuery(method, path, init?, options?)`. */
  useSuspenseQuery<
    Method extends MoniteHttpMethod,
    Path extends MonitePathsWith<Paths, Method>,
    TData = Data<Paths, Method, Path>,
  >(
    method: Method,
    path: Path,
    ...args: MoniteInitArg<
      Op<Paths, Method, Path>,
      [options: MoniteSuspenseQueryOptions<Data<Paths, Method, Path>, TData>]
    >
  ): UseSuspenseQueryResult<TData, MoniteQueryError>
  /** `useInfiniteQuery('get', path, init?, options?)`: paths with Monite's cursors only. */
  useInfiniteQuery<
    Path extends MoniteCursorPaths<Paths>,
    TData = MoniteInfiniteData<Data<Paths, 'get', Path>>,
  >(
    method: 'get',
    path: Path,
    ...args: MoniteInitArg<
      Op<Paths, 'get', Path>,
      [options: MoniteInfiniteQueryOptions<Data<Paths, 'get', Path>, TData>]
    >
  ): UseInfiniteQueryResult<TData, MoniteQueryError>
  /** `useSuspenseInfiniteQuery('get', path, init?, options?)`. */
  useSuspenseInfiniteQuery<
    Path extends MoniteCursorPaths<Paths>,
    TData = MoniteInfiniteData<Data<Paths, 'get', Path>>,
  >(
    method: 'get',
    path: Path,
    ...args: MoniteInitArg<
      Op<Paths, 'get', Path>,
      [options: MoniteSuspenseInfiniteQueryOptions<Data<Paths, 'get', Path>, TData>]
    >
  ): UseSuspenseInfiniteQueryResult<TData, MoniteQueryError>
  /** `useMutation(method, path, options?)`: `mutate({ params, body })`, cache kept by its rule. */
  useMutation<
    Method extends MoniteHttpMethod,
    Path extends MonitePathsWith<Paths, Method>,
    TOnMutateResult = unknown,
  >(
    method: Method,
    path: Path,
    options?: MoniteOperationMutationOptions<
      Data<Paths, Method, Path>,
      MoniteVariables<Op<Paths, Method, Path>>,
      TOnMutateResult
    >,
  ): UseMutationResult<
    Data<Paths, Method, Path>,
    MoniteQueryError,
    MoniteVariables<Op<Paths, Method, Path>>,
    MoniteOnMutateResult<TOnMutateResult>
  >
}
