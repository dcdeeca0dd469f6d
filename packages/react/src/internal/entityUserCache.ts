import type { EntityUser, Role } from '@monite-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { moniteKeys } from '../moniteKeys'
import type { MoniteReactClient } from '../types'
import { sessionEntries } from './cache'
import { resourceCache } from './resourceCache'

const entityUsers = resourceCache<EntityUser>('entityUsers', 'me')

/** @internal Stops in-flight reads of user `id` so they cannot overwrite an optimistic write. */
export const cancelEntityUserQueries = entityUsers.cancel
/** @internal Applies `patch` to user `id` wherever it is cached (incl. `/me`); returns the undo. */
export const patchEntityUserEverywhere = entityUsers.patchEverywhere
/** @internal Removes user `id` from every cached list; returns the undo. */
export const removeEntityUserFromLists = entityUsers.removeFromLists
/** @internal Forgets user `id` after a delete. */
export const forgetEntityUser = entityUsers.forget
/** @internal Refetches every entity-user list (awaitable). */
export const invalidateEntityUserLists = entityUsers.invalidateLists

/**
 * @internal Writes a user Monite returned to its detail key, to every list holding it and to
 * every `/me` entry of that user; refetches `/my_role` where the user's role changed.
 */
export function writeEntityUser(
  queryClient: QueryClient,
  client: MoniteReactClient,
  user: EntityUser,
): Promise<unknown> {
  entityUsers.write(queryClient, client, user)
  const pending: Promise<unknown>[] = []
  for (const [key] of sessionEntries<EntityUser>(queryClient, client.baseUrl, 'me', user.id)) {
    const scope = key[3]
    if (typeof scope !== 'string') continue
    const roleKey = moniteKeys.myRole(client, scope)
    const role = queryClient.getQueryData<Role>(roleKey)
    if (role?.id !== user.role_id) {
      pending.push(queryClient.invalidateQueries({ queryKey: roleKey, exact: true }))
    }
  }
  return Promise.all(pending)
}
