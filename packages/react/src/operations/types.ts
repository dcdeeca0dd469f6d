import type { InfiniteData } from '@tanstack/react-query'
import type { MonitePageParam } from '../types'

/**
 * The HTTP methods the generic layer calls, in openapi-typescript's spelling.
 *
 * @example
 * ```ts
 * const method: MoniteHttpMethod = 'get'
 * ```
 */
export type MoniteHttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * The paths of `Paths` that have operation `Method` (openapi-typescript writes `get?: never` for
 * a method a path lacks, which does not count).
 *
 * @example
 * ```ts
 * import type { paths } from '@monite-kit/client'
 * type Readable = MonitePathsWith<paths, 'get'> // '/entity_users' | '/roles/{role_id}' | …
 * ```
 */
export type MonitePathsWith<Paths, Method extends MoniteHttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [M in Method]: object } ? P : never
}[keyof Paths] &
  string

type Empty = Record<never, never>
type Flat<T> = { [K in keyof T]: T[K] }
type RequiredKeys<T> = { [K in keyof T]-?: Empty extends Pick<T, K> ? never : K }[keyof T]
/** Drops the `?: never` slots openapi-typescript writes for absent parameter kinds. */
type Present<T> = { [K in keyof T as [T[K]] extends [undefined] ? never : K]: T[K] }
type ParamsOf<O> = O extends { parameters: infer X } ? Present<Omit<X, 'header' | 'cookie'>> : Empty
type ParamsInit<X> = [keyof X] extends [never]
  ? Empty
  : [RequiredKeys<X>] extends [never]
    ? { params?: X }
    : { params: X }
type JsonOf<C> = C extends { content: { 'application/json': infer B } } ? B : never
type BodyInit<O> = O extends { requestBody: infer R }
  ? { body: JsonOf<R> }
  : O extends { requestBody?: infer R }
    ? [R] extends [undefined]
      ? Empty
      : { body?: JsonOf<NonNullable<R>> }
    : Empty

/**
 * What a call of operation `Op` takes: `params` (`path`, `query`; headers are the client's) and
 * `body`, each required where the document requires it.
 *
 * @example
 * ```ts
 * import type { paths } from '@monite-kit/client'
 * type Init = MoniteInit<paths['/roles/{role_id}']['get']> // { params: { path: { role_id: string } } }
 * ```
 */
export type MoniteInit<Op> = Flat<ParamsInit<ParamsOf<Op>> & BodyInit<Op>>

/**
 * The `init` argument slot, then `Rest`: optional when nothing in `init` is required.
 *
 * @example
 * ```ts
 * import type { paths } from '@monite-kit/client'
 * type Args = MoniteInitArg<paths['/roles']['get'], [options: { staleTime: number }]>
 * ```
 */
export type MoniteInitArg<Op, Rest extends unknown[]> = [RequiredKeys<MoniteInit<Op>>] extends [
  never,
]
  ? [init?: MoniteInit<Op>, ...rest: Partial<Rest>]
  : [init: MoniteInit<Op>, ...rest: Partial<Rest>]

/**
 * The data of a 2xx answer of operation `Op` (`200`, `201`, `202`; `undefined` for a `204`).
 *
 * @example
 * ```ts
 * import type { paths } from '@monite-kit/client'
 * type Role = MoniteData<paths['/roles/{role_id}']['get']>
 * ```
 */
export type MoniteData<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer X }
    ? JsonOf<X>
    : R extends { 201: infer X }
      ? JsonOf<X>
      : R extends { 202: infer X }
        ? JsonOf<X>
        : R extends { 204: unknown }
          ? undefined
          : never
  : never

/**
 * The operation `Method` of `Path`.
 *
 * @example
 * ```ts
 * import type { paths } from '@monite-kit/client'
 * type GetRoles = MoniteOperation<paths, 'get', '/roles'>
 * ```
 */
export type MoniteOperation<
  Paths,
  Method extends MoniteHttpMethod,
  Path extends keyof Paths,
> = Paths[Path][Method & keyof Paths[Path]]

type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

/**
 * The `GET` paths that page with Monite's cursors: the request takes `pagination_token` and the
 * answer has `next_pagination_token`. Only these take `useInfiniteQuery`.
 *
 * @example
 * ```ts
 * import type { paths } from '@monite-kit/client'
 * type Pageable = MoniteCursorPaths<paths> // '/entity_users' | '/roles'
 * ```
 */
export type MoniteCursorPaths<Paths> = {
  [P in keyof Paths]: Paths[P] extends { get: infer Op }
    ? 'pagination_token' extends keyof QueryOf<Op>
      ? MoniteData<Op> extends { next_pagination_token?: unknown }
        ? P
        : never
      : never
    : never
}[keyof Paths] &
  string

/**
 * Cached data of a generic infinite query: TanStack's `InfiniteData` of the operation's pages.
 *
 * @example
 * ```ts
 * import type { RolePage } from '@monite-kit/client'
 * const roles = (data: MoniteInfiniteData<RolePage>) => data.pages.flatMap((p) => p.data)
 * ```
 */
export type MoniteInfiniteData<TPage> = InfiniteData<TPage, MonitePageParam>
