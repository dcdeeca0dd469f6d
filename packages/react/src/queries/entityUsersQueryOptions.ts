import type { EntityUserListParams, EntityUserPage } from '@monite-kit/client'
import { queryOptions } from '@tanstack/react-query'
import { type EntityUsersListKey, moniteKeys } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import type { MoniteQueryError, MoniteReactClient } from '../types'

/**
 * Query options for one page of `GET /entity_users` with `params` (filters, `sort`, `order`,
 * `limit`, `pagination_token`), keyed by `moniteKeys.entityUsers.list(client, params)`. Use them
 * with `useQuery`, `useSuspenseQuery`, `queryClient.fetchQuery` / `prefetchQuery` (route
 * loaders, SSR), or `queryClient.getQueryData(options.queryKey)` (typed).
 *
 * @example
 * ```ts
 * // a route loader
 * export const loader = ({ context }) =>
 *   context.queryClient.ensureQueryData(entityUsersQueryOptions(context.monite, { limit: 20 }))
 * ```
 */
export function entityUsersQueryOptions(client: MoniteReactClient, params?: EntityUserListParams) {
  return queryOptions<EntityUserPage, MoniteQueryError, EntityUserPage, EntityUsersListKey>({
    queryKey: moniteKeys.entityUsers.list(client, params),
    queryFn: ({ signal }) => client.entityUsers.list(params, { signal }),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
