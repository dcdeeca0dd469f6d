import { entityUserCache } from './entityUserCache'
import type { Item } from './recordCache'
import { type ResourceCache, resourceCache } from './resourceCache'
import { roleCache } from './roleCache'

const caches = new Map<string, ResourceCache<Item>>([
  ['/entity_users', entityUserCache],
  ['/roles', roleCache],
])

/**
 * @internal The one cache of the collection at `path` (a template such as `/payables`): the kit's
 * named resources for `/entity_users` and `/roles`, so generic and named hooks share records.
 */
export function collectionCache(path: string): ResourceCache<Item> {
  let cache = caches.get(path)
  if (!cache) {
    cache = resourceCache(path)
    caches.set(path, cache)
  }
  return cache
}
