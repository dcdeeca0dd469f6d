import type { EntityUser, Role } from '@monite-kit/client'
import { moniteKeys } from '../moniteKeys'
import { type ResourceCache, resourceCache } from './resourceCache'

const users = resourceCache<EntityUser>('/entity_users', 'entityUsers', 'me')

/**
 * @internal Entity users: detail, lists and `/me` entries (named and generic keys). Writing a
 * user Monite returned (see {@link ResourceCache.write}) also refetches `/my_role` of every scope
 * whose `/me` now names another role than its cached `/my_role`.
 */
export const entityUserCache: ResourceCache<EntityUser> = {
  ...users,
  write(queryClient, client, user, detailKey) {
    users.write(queryClient, client, user, detailKey)
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
  },
}
