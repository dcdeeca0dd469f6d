import type { EntityUserListParams, EntityUserPage } from '@monite-kit/client'
import { infiniteQueryOptions } from '@tanstack/react-query'
import { type EntityUsersInfiniteKey, moniteKeys } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import type {
  EntityUsersInfiniteData,
  MonitePageParam,
  MoniteQueryError,
  MoniteReactClient,
} from '../types'

/**
 * Infinite-query options for `GET /entity_users`: the first page is fetched with `params`, the next one
 * with `pagination_token = next_pagination_token`, the previous one with
 * `prev_pagination_token` (Monite's token carries the original filters). Keyed by
 * `moniteKeys.entityUsers.infinite(client, params)`.
 *
 * @example
 * ```ts
 * const data = await queryClient.fetchInfiniteQuery(entityUsersInfiniteQueryOptions(client, { limit: 100 }))
 * const firstPage = data.pages[0]?.data ?? []
 * ```
 */
export function entityUsersInfiniteQueryOptions(
  client: MoniteReactClient,
  params?: EntityUserListParams,
) {
  return infiniteQueryOptions<
    EntityUserPage,
    MoniteQueryError,
    EntityUsersInfiniteData,
    EntityUsersInfiniteKey,
    MonitePageParam
  >({
    queryKey: moniteKeys.entityUsers.infinite(client, params),
    queryFn: ({ pageParam, signal }) =>
      client.entityUsers.list(pageParam ? { pagination_token: pageParam } : params, { signal }),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.next_pagination_token ?? undefined,
    getPreviousPageParam: (firstPage) => firstPage.prev_pagination_token ?? undefined,
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
