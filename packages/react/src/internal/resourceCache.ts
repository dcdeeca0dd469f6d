import type { QueryClient } from '@tanstack/react-query'
import { moniteKeys } from '../moniteKeys'
import type { MoniteReactClient } from '../types'
import type { Rollback } from './cache'
import { type CachedResource, type Item, type Patch, recordCache } from './recordCache'

/**
 * @internal Cache operations for one of the kit's resources, over the one engine
 * ({@link recordCache}): keys `['monite', baseUrl, <entityId>, name, 'list' | 'detail', …]` in
 * every entity of the host (ids are unique across entities), plus the session entry `alias`
 * (`/me` for entity users, `/my_role` for roles) of every scope.
 */
export interface ResourceCache<T extends Item> extends CachedResource {
  /** Applies `patch` to record `id` wherever it is cached; returns the undo of this patch only. */
  patch(queryClient: QueryClient, client: MoniteReactClient, id: string, patch: Patch<T>): Rollback
  /**
   * Writes a record Monite returned everywhere it is cached and to its detail key in the
   * client's entity; an answer older than what is cached is ignored.
   */
  write(queryClient: QueryClient, client: MoniteReactClient, item: T): void
  /** Record `id` was deleted: it leaves lists and detail entries. */
  forget(queryClient: QueryClient, client: MoniteReactClient, id: string): void
  /** Refetches every list of the resource (awaitable). */
  invalidateLists(queryClient: QueryClient, client: MoniteReactClient): Promise<void>
}

/** @internal */
export function resourceCache<T extends Item>(
  name: 'entityUsers' | 'roles',
  alias: 'me' | 'myRole',
): ResourceCache<T> {
  const cache: ResourceCache<T> = {
    name,
    kind(key, baseUrl) {
      if (key[0] !== 'monite' || (baseUrl !== undefined && key[1] !== baseUrl)) return undefined
      if (key[2] === 'session') return key[4] === alias ? 'one' : undefined
      if (key[3] !== name) return undefined
      return key[4] === 'list'
        ? 'list'
        : key[4] === 'detail' && key.length === 6
          ? 'one'
          : undefined
    },
    patch: (queryClient, { baseUrl }, id, patch) =>
      recordCache(queryClient).patch(cache, baseUrl, id, patch),
    write(queryClient, client, item) {
      const shown = recordCache(queryClient).write(cache, client.baseUrl, item)
      if (client.entityId === undefined) return
      const key = moniteKeys[name].detail(client, item.id)
      if (queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, shown)
    },
    forget: (queryClient, { baseUrl }, id) => recordCache(queryClient).forget(cache, baseUrl, id),
    invalidateLists: (queryClient, client) =>
      // Only the client's own entity changed; without an entity id, every entity of the host.
      queryClient.invalidateQueries(
        client.entityId === undefined
          ? { predicate: (q) => cache.kind(q.queryKey, client.baseUrl) === 'list' }
          : { queryKey: moniteKeys[name].lists(client) },
      ),
  }
  return cache
}
