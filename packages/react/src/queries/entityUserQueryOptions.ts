import type { EntityUser } from '@monite-kit/client'
import { queryOptions } from '@tanstack/react-query'
import { type EntityUserDetailKey, moniteKeys } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import type { MoniteQueryError, MoniteReactClient } from '../types'

/**
 * Query options for `GET /entity_users/{entity_user_id}`, keyed by `moniteKeys.entityUsers.detail(client, id)`. The
 * mutations of this package write their results to this key, so a detail view updates without
 * a refetch.
 *
 * @example
 * ```ts
 * const user = await queryClient.fetchQuery(entityUserQueryOptions(client, id))
 * ```
 */
export function entityUserQueryOptions(client: MoniteReactClient, id: string) {
  return queryOptions<EntityUser, MoniteQueryError, EntityUser, EntityUserDetailKey>({
    queryKey: moniteKeys.entityUsers.detail(client, id),
    queryFn: ({ signal }) => client.entityUsers.get(id, { signal }),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
