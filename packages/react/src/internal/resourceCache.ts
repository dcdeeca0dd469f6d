import type { QueryClient } from '@tanstack/react-query'
import { moniteKeys } from '../moniteKeys'
import type { MoniteReactClient } from '../types'
import {
  detailFilter,
  listsFilter,
  mapListItems,
  patchIn,
  type Resource,
  type Rollback,
  removeFrom,
  replaceIn,
  type SessionKind,
  sessionEntries,
  snapshot,
  snapshotKeys,
} from './cache'

/**
 * @internal Cache operations for one Monite resource whose records may also sit in a session
 * entry (`/me` for entity users, `/my_role` for roles).
 */
export interface ResourceCache<T extends { id: string }> {
  /** Stops in-flight reads of `id` so they cannot overwrite an optimistic write. */
  cancel(queryClient: QueryClient, client: MoniteReactClient, id: string | undefined): Promise<void>
  /** Applies `patch` to record `id` wherever it is cached; returns the undo. */
  patchEverywhere(
    queryClient: QueryClient,
    client: MoniteReactClient,
    id: string,
    patch: (item: T) => T,
  ): Rollback
  /** Removes record `id` from every cached list; returns the undo. */
  removeFromLists(queryClient: QueryClient, client: MoniteReactClient, id: string): Rollback
  /** Writes a record Monite returned to its detail key, every list and every session entry. */
  write(queryClient: QueryClient, client: MoniteReactClient, item: T): void
  /** Forgets record `id` after a delete. */
  forget(queryClient: QueryClient, client: MoniteReactClient, id: string): void
  /** Refetches every list of the resource (awaitable). */
  invalidateLists(queryClient: QueryClient, client: MoniteReactClient): Promise<void>
}

/** @internal */
export function resourceCache<T extends { id: string }>(
  resource: Resource,
  session: SessionKind,
): ResourceCache<T> {
  const sessionKeys = (queryClient: QueryClient, baseUrl: string, id: string) =>
    sessionEntries<T>(queryClient, baseUrl, session, id).map(([key]) => key)
  return {
    async cancel(queryClient, { baseUrl }, id) {
      await Promise.all([
        queryClient.cancelQueries(listsFilter(baseUrl, resource)),
        ...(id === undefined
          ? []
          : [
              queryClient.cancelQueries(detailFilter(baseUrl, resource, id)),
              ...sessionKeys(queryClient, baseUrl, id).map((queryKey) =>
                queryClient.cancelQueries({ queryKey, exact: true }),
              ),
            ]),
      ])
    },
    patchEverywhere(queryClient, { baseUrl }, id, patch) {
      const keys = sessionKeys(queryClient, baseUrl, id)
      const restoreCached = snapshot(queryClient, [
        listsFilter(baseUrl, resource),
        detailFilter(baseUrl, resource, id),
      ])
      const restoreSession = snapshotKeys(queryClient, keys)
      queryClient.setQueriesData<T>(detailFilter(baseUrl, resource, id), (old) =>
        old ? patch(old) : old,
      )
      mapListItems(queryClient, listsFilter(baseUrl, resource), patchIn(id, patch))
      for (const key of keys) queryClient.setQueryData<T>(key, (old) => (old ? patch(old) : old))
      return () => {
        restoreCached()
        restoreSession()
      }
    },
    removeFromLists(queryClient, { baseUrl }, id) {
      const filter = listsFilter(baseUrl, resource)
      const restore = snapshot(queryClient, [filter])
      mapListItems(queryClient, filter, removeFrom<T>(id))
      return restore
    },
    write(queryClient, client, item) {
      const { baseUrl } = client
      if (client.entityId !== undefined) {
        queryClient.setQueryData(moniteKeys[resource].detail(client, item.id), item)
      }
      queryClient.setQueriesData<T>(detailFilter(baseUrl, resource, item.id), (old) =>
        old ? item : old,
      )
      mapListItems(queryClient, listsFilter(baseUrl, resource), replaceIn(item))
      for (const key of sessionKeys(queryClient, baseUrl, item.id)) {
        queryClient.setQueryData(key, item)
      }
    },
    forget(queryClient, { baseUrl }, id) {
      queryClient.removeQueries(detailFilter(baseUrl, resource, id))
    },
    invalidateLists(queryClient, client) {
      // Only the client's own entity changed; without an entity id, every entity of the host.
      return queryClient.invalidateQueries(
        client.entityId === undefined
          ? listsFilter(client.baseUrl, resource)
          : { queryKey: moniteKeys[resource].lists(client) },
      )
    },
  }
}
