import type { RoleListParams, RolePage } from '@monite-kit/client'
import { queryOptions } from '@tanstack/react-query'
import { moniteKeys, type RolesListKey } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import type { MoniteQueryError, MoniteReactClient } from '../types'

/**
 * Query options for one page of `GET /roles` with `params` (filters, `sort`, `order`,
 * `limit`, `pagination_token`), keyed by `moniteKeys.roles.list(client, params)`. Use them
 * with `useQuery`, `useSuspenseQuery`, `queryClient.fetchQuery` / `prefetchQuery` (route
 * loaders, SSR), or `queryClient.getQueryData(options.queryKey)` (typed).
 *
 * @example
 * ```ts
 * // a route loader
 * export const loader = ({ context }) =>
 *   context.queryClient.ensureQueryData(rolesQueryOptions(context.monite, { limit: 20 }))
 * ```
 */
export function rolesQueryOptions(client: MoniteReactClient, params?: RoleListParams) {
  return queryOptions<RolePage, MoniteQueryError, RolePage, RolesListKey>({
    queryKey: moniteKeys.roles.list(client, params),
    queryFn: ({ signal }) => client.roles.list(params, { signal }),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
