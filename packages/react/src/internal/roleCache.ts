import type { Role } from '@monite-kit/client'
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

/** @internal Stops in-flight reads of role `id`. */
export async function cancelRoleQueries(
  queryClient: QueryClient,
  client: MoniteReactClient,
  id: string | undefined,
): Promise<void> {
  const { baseUrl } = client
  await Promise.all([
    queryClient.cancelQueries(listsFilter(baseUrl, 'roles')),
    id === undefined ? undefined : queryClient.cancelQueries(detailFilter(baseUrl, 'roles', id)),
    ...(id === undefined
      ? []
      : sessionEntries(queryClient, baseUrl, 'myRole', id).map(([queryKey]) =>
          queryClient.cancelQueries({ queryKey, exact: true }),
        )),
  ])
}

/** @internal Applies `patch` to role `id` wherever it is cached (incl. `/my_role`); returns the undo. */
export function patchRoleEverywhere(
  queryClient: QueryClient,
  client: MoniteReactClient,
  id: string,
  patch: (role: Role) => Role,
): Rollback {
  const { baseUrl } = client
  const myRoleKeys = sessionEntries<Role>(queryClient, baseUrl, 'myRole', id).map(([key]) => key)
  const restore = snapshot(queryClient, [
    listsFilter(baseUrl, 'roles'),
    detailFilter(baseUrl, 'roles', id),
  ])
  const restoreMyRole = snapshotKeys(queryClient, myRoleKeys)
  queryClient.setQueriesData<Role>(detailFilter(baseUrl, 'roles', id), (old) =>
    old ? patch(old) : old,
  )
  mapListItems(queryClient, listsFilter(baseUrl, 'roles'), patchIn(id, patch))
  for (const key of myRoleKeys) {
    queryClient.setQueryData<Role>(key, (old) => (old ? patch(old) : old))
  }
  return () => {
    restore()
    restoreMyRole()
  }
}

/** @internal Removes role `id` from every cached list; returns the undo. */
export function removeRoleFromLists(
  queryClient: QueryClient,
  client: MoniteReactClient,
  id: string,
): Rollback {
  const filter = listsFilter(client.baseUrl, 'roles')
  const restore = snapshot(queryClient, [filter])
  mapListItems(queryClient, filter, removeFrom<Role>(id))
  return restore
}

/** @internal Writes a role Monite returned to its detail key, lists and `/my_role` entries. */
export function writeRole(queryClient: QueryClient, client: MoniteReactClient, role: Role): void {
  const { baseUrl } = client
  if (client.entityId !== undefined) {
    queryClient.setQueryData(moniteKeys.roles.detail(client, role.id), role)
  }
  queryClient.setQueriesData<Role>(detailFilter(baseUrl, 'roles', role.id), (old) =>
    old ? role : old,
  )
  mapListItems(queryClient, listsFilter(baseUrl, 'roles'), replaceIn(role))
  for (const [key] of sessionEntries<Role>(queryClient, baseUrl, 'myRole', role.id)) {
    queryClient.setQueryData(key, role)
  }
}

/** @internal Forgets role `id` after a delete. */
export function forgetRole(queryClient: QueryClient, client: MoniteReactClient, id: string): void {
  queryClient.removeQueries(detailFilter(client.baseUrl, 'roles', id))
}

/** @internal Refetches every role list of the client's host (awaitable). */
export function invalidateRoleLists(
  queryClient: QueryClient,
  client: MoniteReactClient,
): Promise<void> {
  // Only the client's own entity changed; without an entity id, every entity of the host.
  return queryClient.invalidateQueries(
    client.entityId === undefined
      ? listsFilter(client.baseUrl, 'roles')
      : { queryKey: moniteKeys.roles.lists(client) },
  )
}
