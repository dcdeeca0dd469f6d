import type { EntityUser } from '@monite-kit/client'
import { queryOptions } from '@tanstack/react-query'
import { type MeKey, moniteKeys } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import { resolveMoniteScope } from '../resolveMoniteScope'
import type { MoniteQueryError, MoniteReactClient, MoniteScopeOptions } from '../types'

/**
 * Query options for `GET /entity_users/me` (the user the token acts as), keyed by `moniteKeys.me(client, scope)`: by
 * base URL and the token's identity, not by entity, so two entity-user clients never share it
 * (see {@link resolveMoniteScope}). Needs an entity-user token.
 *
 * @example
 * ```ts
 * // SSR: prefetch with the same scope the browser's MoniteProvider gets
 * await queryClient.prefetchQuery(meQueryOptions(serverClient, { scope: session.entityUserId }))
 * ```
 */
export function meQueryOptions(client: MoniteReactClient, options?: MoniteScopeOptions) {
  return queryOptions<EntityUser, MoniteQueryError, EntityUser, MeKey>({
    queryKey: moniteKeys.me(client, resolveMoniteScope(client, options?.scope)),
    queryFn: ({ signal }) => client.entityUsers.me({ signal }),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
