import type { RoleListParams, RolePage } from '@monite-kit/client'
import { infiniteQueryOptions } from '@tanstack/react-query'
import { moniteKeys, type RolesInfiniteKey } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import type {
  MonitePageParam,
  MoniteQueryError,
  MoniteReactClient,
  RolesInfiniteData,
} from '../types'

/**
 * Infinite-query options for `GET /roles`: the first page is fetched with `params`, the next one
 * with `pagination_token = next_pagination_token`, the previous one with
 * `prev_pagination_token` (Monite's token carries the original filters). Keyed by
 * `moniteKeys.roles.infinite(client, params)`.
 *
 * @example
 * ```ts
 * const data = await queryClient.fetchInfiniteQuery(rolesInfiniteQueryOptions(client, { limit: 100 }))
 * const firstPage = data.pages[0]?.data ?? []
 * ```
 */
export function rolesInfiniteQueryOptions(client: MoniteReactClient, params?: RoleListParams) {
  return infiniteQueryOptions<
    RolePage,
    MoniteQueryError,
    RolesInfiniteData,
    RolesInfiniteKey,
    MonitePageParam
  >({
    queryKey: moniteKeys.roles.infinite(client, params),
    queryFn: ({ pageParam, signal }) =>
      client.roles.list(pageParam ? { pagination_token: pageParam } : params, { signal }),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.next_pagination_token ?? undefined,
    getPreviousPageParam: (firstPage) => firstPage.prev_pagination_token ?? undefined,
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
