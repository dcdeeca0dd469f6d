import type { Role } from '@monite-kit/client'
import { queryOptions } from '@tanstack/react-query'
import { moniteKeys, type RoleDetailKey } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import type { MoniteQueryError, MoniteReactClient } from '../types'

/**
 * Query options for `GET /roles/{role_id}`, keyed by `moniteKeys.roles.detail(client, id)`. The
 * mutations of this package write their results to this key, so a detail view updates without
 * a refetch.
 *
 * @example
 * ```ts
 * const role = await queryClient.fetchQuery(roleQueryOptions(client, id))
 * ```
 */
export function roleQueryOptions(client: MoniteReactClient, id: string) {
  return queryOptions<Role, MoniteQueryError, Role, RoleDetailKey>({
    queryKey: moniteKeys.roles.detail(client, id),
    queryFn: ({ signal }) => client.roles.get(id, { signal }),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
