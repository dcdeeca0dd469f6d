import type { EntityUser, Role } from '@monite-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { moniteKeys } from '../moniteKeys'
import type { MoniteReactClient } from '../types'
import { resourceCache } from './resourceCache'

/** @internal Entity users: detail, lists and `/me` entries. */
export const entityUserCache = resourceCache<EntityUser>('entityUsers', 'me')

/**
 * @internal Writes a user Monite returned everywhere it is cached (see
 * {@link ResourceCache.write}); refetches `/my_role` of every scope whose `/me` now names another
 * role than its cached `/my_role`.
 */
export function writeEntityUser(
  queryClient: QueryClient,
  client: MoniteReactClient,
  user: EntityUser,
): Promise<unknown> {
  entityUserCache.write(queryClient, client, user)
  const pending: Promise<unknown>[] = []
  for (const [key, me] of queryClient.getQueriesData<EntityUser>({
    queryKey: [...moniteKeys.all(client), 'session'],
  })) {
    const roleKey = moniteKeys.myRole(client, key[3] as string)
    if (
      key[4] === 'me' &&
      me?.id === user.id &&
      queryClient.getQueryData<Role>(roleKey)?.id !== me.role_id
    ) {
      pending.push(queryClient.invalidateQueries({ queryKey: roleKey, exact: true }))
    }
  }
  return Promise.all(pending)
}
