import type { Role } from '@monite-kit/client'
import { queryOptions } from '@tanstack/react-query'
import { type MyRoleKey, moniteKeys } from '../moniteKeys'
import { moniteRetry } from '../moniteRetry'
import { moniteRetryDelay } from '../moniteRetryDelay'
import { resolveMoniteScope } from '../resolveMoniteScope'
import type { MoniteQueryError, MoniteReactClient, MoniteScopeOptions } from '../types'

/**
 * Query options for `GET /entity_users/my_role` (the current user's role and permissions), keyed by `moniteKeys.myRole(client, scope)`: by
 * base URL and the token's identity, not by entity, so two entity-user clients never share it
 * (see {@link resolveMoniteScope}). Needs an entity-user token.
 *
 * @example
 * ```ts
 * // SSR: prefetch with the same scope the browser's MoniteProvider gets
 * await queryClient.prefetchQuery(myRoleQueryOptions(serverClient, { scope: session.entityUserId }))
 * ```
 */
export function myRoleQueryOptions(client: MoniteReactClient, options?: MoniteScopeOptions) {
  return queryOptions<Role, MoniteQueryError, Role, MyRoleKey>({
    queryKey: moniteKeys.myRole(client, resolveMoniteScope(client, options?.scope)),
    queryFn: ({ signal }) => client.entityUsers.myRole({ signal }),
    retry: moniteRetry,
    retryDelay: moniteRetryDelay,
  })
}
