import type { Entity } from '@monite-kit/client'
import { queryOptions } from '@tanstack/react-query'
import { type MyEntityKey, moniteKeys } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import { resolveMoniteScope } from '../resolveMoniteScope'
import type { MoniteQueryError, MoniteReactClient, MoniteScopeOptions } from '../types'

/**
 * Query options for `GET /entity_users/my_entity` (the current user's entity), keyed by `moniteKeys.myEntity(client, scope)`: by
 * base URL and the token's identity, not by entity, so two entity-user clients never share it
 * (see {@link resolveMoniteScope}). Needs an entity-user token.
 *
 * @example
 * ```ts
 * // SSR: prefetch with the same scope the browser's MoniteProvider gets
 * await queryClient.prefetchQuery(myEntityQueryOptions(serverClient, { scope: session.entityUserId }))
 * ```
 */
export function myEntityQueryOptions(client: MoniteReactClient, options?: MoniteScopeOptions) {
  return queryOptions<Entity, MoniteQueryError, Entity, MyEntityKey>({
    queryKey: moniteKeys.myEntity(client, resolveMoniteScope(client, options?.scope)),
    queryFn: ({ signal }) => client.entityUsers.myEntity({ signal }),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
