import type { EntityUser, Role } from '@monite-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { moniteKeys } from '../moniteKeys'
import type { MoniteReactClient } from '../types'
import {
  detailFilter,
  listsFilter,
  mapListItems,
  patchIn,
  type Rollback,
  removeFrom,
  replaceIn,
  sessionEntries,
  snapshot,
  snapshotKeys,
} from './cache'

/** @internal Stops in-flight reads of user `id` so they cannot overwrite an optimistic write. */
export async function cancelEntityUserQueries(
  queryClient: QueryClient,
  client: MoniteReactClient,
  id: string | undefined,
): Promise<void> {
  const { baseUrl } = client
  await Promise.all([
    queryClient.cancelQueries(listsFilter(baseUrl, 'entityUsers')),
    id === undefined
      ? undefined
      : queryClient.cancelQueries(detailFilter(baseUrl, 'entityUsers', id)),
    ...(id === undefined
      ? []
      : sessionEntries(queryClient, baseUrl, 'me', id).map(([queryKey]) =>
          queryClient.cancelQueries({ queryKey, exact: true }),
        )),
  ])
}

/** @internal Applies `patch` to user `id` wherever it is cached; returns the undo. */
export function patchEntityUserEverywhere(
  queryClient: QueryClient,
  client: MoniteReactClient,
  id: string,
  patch: (user: EntityUser) => EntityUser,
): Rollback {
  const { baseUrl } = client
  const meKeys = sessionEntries<EntityUser>(queryClient, baseUrl, 'me', id).map(([key]) => key)
  const restoreLists = snapshot(queryClient, [
    listsFilter(baseUrl, 'entityUsers'),
    detailFilter(baseUrl, 'entityUsers', id),
  ])
  const restoreMe = snapshotKeys(queryClient, meKeys)
  queryClient.setQueriesData<EntityUser>(detailFilter(baseUrl, 'entityUsers', id), (old) =>
    old ? patch(old) : old,
  )
  mapListItems(queryClient, listsFilter(baseUrl, 'entityUsers'), patchIn(id, patch))
  for (const key of meKeys) {
    queryClient.setQueryData<EntityUser>(key, (old) => (old ? patch(old) : old))
  }
  return () => {
    restoreLists()
    restoreMe()
  }
}

/** @internal Removes user `id` from every cached list; returns the undo. */
export function removeEntityUserFromLists(
  queryClient: QueryClient,
  client: MoniteReactClient,
  id: string,
): Rollback {
  const filter = listsFilter(client.baseUrl, 'entityUsers')
  const restore = snapshot(queryClient, [filter])
  mapListItems(queryClient, filter, removeFrom<EntityUser>(id))
  return restore
}

/**
 * @internal Writes a user Monite returned to its detail key, to every list holding it and to
 * every `/me` entry of that user; refetches `/my_role` where the user's role changed.
 */
export function writeEntityUser(
  queryClient: QueryClient,
  client: MoniteReactClient,
  user: EntityUser,
): Promise<unknown> {
  const { baseUrl } = client
  if (client.entityId !== undefined) {
    queryClient.setQueryData(moniteKeys.entityUsers.detail(client, user.id), user)
  }
  queryClient.setQueriesData<EntityUser>(detailFilter(baseUrl, 'entityUsers', user.id), (old) =>
    old ? user : old,
  )
  mapListItems(queryClient, listsFilter(baseUrl, 'entityUsers'), replaceIn(user))
  const pending: Promise<unknown>[] = []
  for (const [key] of sessionEntries<EntityUser>(queryClient, baseUrl, 'me', user.id)) {
    queryClient.setQueryData(key, user)
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

/** @internal Forgets user `id` after a delete. */
export function forgetEntityUser(
  queryClient: QueryClient,
  client: MoniteReactClient,
  id: string,
): void {
  queryClient.removeQueries(detailFilter(client.baseUrl, 'entityUsers', id))
}

/** @internal Refetches every entity-user list of the client's host (awaitable). */
export function invalidateEntityUserLists(
  queryClient: QueryClient,
  client: MoniteReactClient,
): Promise<void> {
  // Only the client's own entity changed; without an entity id, every entity of the host.
  return queryClient.invalidateQueries(
    client.entityId === undefined
      ? listsFilter(client.baseUrl, 'entityUsers')
      : { queryKey: moniteKeys.entityUsers.lists(client) },
  )
}
