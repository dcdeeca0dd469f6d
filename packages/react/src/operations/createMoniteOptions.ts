import type { paths } from '@monite-kit/client'
import type { QueryClient, QueryFunctionContext } from '@tanstack/react-query'
import { buildMutationOptions } from '../internal/buildMutationOptions'
import { callOperation } from '../internal/callOperation'
import { collectionCache } from '../internal/collectionCache'
import { type OperationInit, operationKey } from '../internal/operationKey'
import { templateSegments } from '../internal/pathSegments'
import type { Item } from '../internal/recordCache'
import { restMutationRecipe } from '../internal/restMutationRecipe'
import { type MoniteCacheRule, restRoute } from '../internal/restRoute'
import { moniteKeys } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import type { MonitePageParam } from '../types'
import type { MoniteOperationsConfig, MoniteOptionsBuilders } from './builderTypes'
import type { MoniteOperationsClient } from './client'

type Page = { next_pagination_token?: string | null; prev_pagination_token?: string | null }
type Optimistic =
  | boolean
  | ((item: Item, variables: OperationInit | undefined) => Item | null)
  | undefined

const pathOf = (init: OperationInit | undefined) => init?.params?.path

/**
 * Query, infinite-query and mutation option builders for every operation of `Paths` (the
 * project's `paths` by default, or Monite's full document generated with openapi-typescript),
 * taking the client explicitly: for Server Components, route loaders and `queryClient.fetchQuery`.
 * React-free (exported from the `react-server` entry too). Calls go through the client (auth,
 * headers, retries, `MoniteApiError` / `MoniteClientError`); queries retry with
 * {@link moniteRetry}. Keys sit in {@link moniteKeys} under `moniteKeys.path(client, path)`.
 * Mutations keep the cache right by REST conventions (see {@link MoniteCacheRule}), on the same
 * engine as the named hooks.
 *
 * @example
 * ```tsx
 * // app/roles/page.tsx (a Server Component)
 * import { createMoniteOptions } from '@monite-kit/react'
 *
 * const ops = createMoniteOptions()
 *
 * export default async function RolesPage() {
 *   const queryClient = new QueryClient()
 *   await queryClient.prefetchQuery(ops.queryOptions(serverClient, 'get', '/roles', { params: { query: { limit: 20 } } }))
 *   return <HydrationBoundary state={dehydrate(queryClient)}><Roles /></HydrationBoundary>
 * }
 * ```
 */
export function createMoniteOptions<Paths extends object = paths>(
  config: MoniteOperationsConfig = {},
): MoniteOptionsBuilders<Paths> {
  /** The key and retries of a query; its function reads `init` (a 204 gives `null`). */
  const query = (
    client: MoniteOperationsClient,
    method: string,
    path: string,
    init: OperationInit | undefined,
    infinite?: boolean,
  ) => ({
    queryKey: operationKey(client, method, path, init, infinite),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
    fetch: (next: OperationInit | undefined, signal: AbortSignal) =>
      callOperation(client, method, path, next, signal).then((data) => data ?? null),
  })
  const builders = {
    queryOptions: (
      client: MoniteOperationsClient,
      method: string,
      path: string,
      init?: OperationInit,
      options?: object,
    ) => {
      const { fetch, ...base } = query(client, method, path, init)
      return {
        ...base,
        queryFn: ({ signal }: QueryFunctionContext) => fetch(init, signal),
        ...options,
      }
    },
    infiniteQueryOptions: (
      client: MoniteOperationsClient,
      method: string,
      path: string,
      init?: OperationInit,
      options?: object,
    ) => {
      const { fetch, ...base } = query(client, method, path, init, true)
      return {
        ...base,
        // Monite's token carries the first request's filters.
        queryFn: ({
          pageParam,
          signal,
        }: QueryFunctionContext<readonly unknown[], MonitePageParam>) =>
          fetch(
            pageParam
              ? { params: { path: pathOf(init), query: { pagination_token: pageParam } } }
              : init,
            signal,
          ),
        initialPageParam: null,
        getNextPageParam: (page: Page) => page.next_pagination_token ?? undefined,
        getPreviousPageParam: (page: Page) => page.prev_pagination_token ?? undefined,
        ...options,
      }
    },
    mutationOptions: (
      client: MoniteOperationsClient,
      queryClient: QueryClient,
      method: string,
      path: string,
      options: { rule?: MoniteCacheRule; optimistic?: Optimistic } = {},
    ) => {
      const { rule, optimistic, ...rest } = options
      const route = restRoute(method, path, rule ?? config.rules?.[`${method} ${path}`])
      const { item, idParam, collection } = route
      return buildMutationOptions(
        restMutationRecipe(queryClient, client, {
          rule: route.rule,
          cache: collectionCache(collection),
          mutationKey: [...moniteKeys.entity(client), ...templateSegments(path), method],
          mutationFn: (init: OperationInit | undefined) =>
            callOperation(client, method, path, init),
          idOf: (init) => {
            const id = idParam && pathOf(init)?.[idParam]
            return id || id === 0 ? String(id) : undefined
          },
          detailKey: (init, id) => [...moniteKeys.path(client, collection, pathOf(init)), id, {}],
          itemKey: item ? (init) => moniteKeys.path(client, item, pathOf(init)) : undefined,
          patch:
            optimistic === true
              ? route.rule === 'delete'
                ? () => null
                : route.rule === 'update'
                  ? (record, init) => ({ ...record, ...(init?.body as object), id: record.id })
                  : undefined
              : optimistic || undefined,
        }),
        { ...rest, optimistic: true },
      )
    },
  }
  return builders as unknown as MoniteOptionsBuilders<Paths>
}
