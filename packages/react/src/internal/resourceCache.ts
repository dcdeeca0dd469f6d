import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { type MoniteKeyTarget, moniteKeys } from '../moniteKeys'
import type { Rollback } from './cache'
import { isParam, templateSegments } from './pathSegments'
import {
  type CachedResource,
  type EntryKind,
  type Item,
  type Patch,
  recordCache,
} from './recordCache'

/**
 * @internal Cache operations for one collection of records (`/entity_users`, `/payables`, …),
 * over the one engine ({@link recordCache}). Its entries are the generic layer's keys
 * `['monite', baseUrl, <entityId>, ...segments, query, ('infinite')?]`: the collection's own
 * segments hold lists, one more segment (the id) holds a record. The kit's named resources
 * (`entityUsers`, `roles`) add their keys `[..., name, 'list' | 'detail', …]` and the session
 * entry `alias` (`/me`, `/my_role`) of every scope. Keys of every entity of the host count (ids
 * are unique across entities).
 */
export interface ResourceCache<T extends Item> extends CachedResource {
  /** Applies `patch` to record `id` wherever it is cached; returns the undo of this patch only. */
  patch(queryClient: QueryClient, client: MoniteKeyTarget, id: string, patch: Patch<T>): Rollback
  /**
   * Writes a record Monite returned everywhere it is cached, and to `detailKey` (default: the
   * named resource's detail key in the client's entity) when that is empty; an answer older
   * than what is cached is ignored. May return a promise of follow-up refetches.
   */
  write(queryClient: QueryClient, client: MoniteKeyTarget, item: T, detailKey?: QueryKey): unknown
  /** Record `id` was deleted: it leaves lists and detail entries. */
  forget(queryClient: QueryClient, client: MoniteKeyTarget, id: string): void
  /** Refetches every list of the resource in the client's entity (every entity without one). */
  invalidateLists(queryClient: QueryClient, client: MoniteKeyTarget): Promise<void>
}

/** What a generic key holds for the collection whose segments are `collection`. */
function pathKind(key: QueryKey, collection: string[]): EntryKind {
  // Path segments are strings; the query object follows, then nothing or 'infinite'.
  let end = 3
  while (typeof key[end] === 'string') end++
  if (end >= key.length || (key.length > end + 1 && key[end + 1] !== 'infinite')) return undefined
  const length = end - 3
  if (length !== collection.length && length !== collection.length + 1) return undefined
  for (let i = 0; i < collection.length; i++) {
    const segment = collection[i] as string
    if (key[i + 3] !== segment && !isParam(segment)) return undefined
  }
  return length === collection.length ? 'list' : 'one'
}

/** @internal The cache of the collection at `path`; `name` and `alias` for the kit's named ones. */
export function resourceCache<T extends Item>(
  path: string,
  name: string = path,
  alias?: 'me' | 'myRole',
): ResourceCache<T> {
  const segments = templateSegments(path)
  const named = name === 'entityUsers' || name === 'roles'
  const cache: ResourceCache<T> = {
    name,
    kind(key, baseUrl) {
      if (key[0] !== 'monite' || (baseUrl !== undefined && key[1] !== baseUrl)) return undefined
      if (key[2] === 'session') return alias && key[4] === alias ? 'one' : undefined
      if (named && key[3] === name && (key[4] === 'list' || key[4] === 'detail')) {
        return key[4] === 'list' ? 'list' : key.length === 6 ? 'one' : undefined
      }
      return pathKind(key, segments)
    },
    patch: (queryClient, { baseUrl }, id, patch) =>
      recordCache(queryClient).patch(cache, baseUrl, id, patch),
    write(queryClient, client, item, detailKey) {
      const shown = recordCache(queryClient).write(cache, client.baseUrl, item)
      if (client.entityId === undefined) return
      const key =
        detailKey ?? (named && moniteKeys[name as 'entityUsers' | 'roles'].detail(client, item.id))
      if (key && queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, shown)
    },
    forget: (queryClient, { baseUrl }, id) => recordCache(queryClient).forget(cache, baseUrl, id),
    invalidateLists: (queryClient, client) =>
      // Only the client's own entity changed; without an entity id, every entity of the host.
      queryClient.invalidateQueries({
        predicate: ({ queryKey }) =>
          cache.kind(queryKey, client.baseUrl) === 'list' &&
          (client.entityId === undefined || queryKey[2] === client.entityId),
      }),
  }
  return cache
}
