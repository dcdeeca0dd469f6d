import { isParam, templateSegments } from './pathSegments'

/**
 * What a mutation does to the cache, from Monite's REST conventions:
 * - `create`: a POST on a collection (`POST /payables`): its lists are refetched;
 * - `update`: a PATCH or PUT on an item (`PATCH /payables/{payable_id}`): the answer is written
 *   into the item's detail entry and every cached list page holding it, then lists are refetched;
 * - `delete`: a DELETE on an item: it leaves its detail entry and every cached page, lists are
 *   refetched;
 * - `action`: a POST on an item's action (`POST /payables/{payable_id}/cancel`): an answer that
 *   is the item (same id) is written like `update`'s; any other answer refetches the item's
 *   queries; lists are refetched either way (the action may change what they hold);
 * - `none`: the cache is left alone (do your own invalidation in `onSuccess`).
 *
 * @example
 * ```ts
 * const rule: MoniteCacheRule = 'none'
 * ```
 */
export type MoniteCacheRule = 'create' | 'update' | 'delete' | 'action' | 'none'

/** @internal A mutation's rule and the templates it works on. */
export interface RestRoute {
  rule: MoniteCacheRule
  /** The collection template (`/payables`). */
  collection: string
  /** The item template (`/payables/{payable_id}`), and its id parameter (`payable_id`). */
  item?: string
  idParam?: string
}

const rules: unknown[] = ['create', 'update', 'delete', 'action', 'none']
const join = (segments: string[]) => `/${segments.join('/')}`
const itemRules: Record<string, MoniteCacheRule> = {
  patch: 'update',
  put: 'update',
  delete: 'delete',
}

/**
 * @internal The cache rule of `method path` derived from REST conventions, or the `rule` given
 * (which then applies to the collection and item the path names).
 */
export function restRoute(method: string, path: string, rule?: MoniteCacheRule): RestRoute {
  if (rule !== undefined && !rules.includes(rule)) {
    throw new TypeError(
      `@monite-kit/react: unknown cache rule ${JSON.stringify(rule)} for ${method} ${path}`,
    )
  }
  const segments = templateSegments(path)
  const last = segments.length - 1
  // `/x/{id}` ends with a parameter; `/x/{id}/verb` is an action on `/x/{id}`.
  const end = isParam(segments[last] ?? '')
    ? last
    : isParam(segments[last - 1] ?? '')
      ? last - 1
      : -1
  const post = method === 'post'
  return {
    rule:
      rule ??
      (end < 0
        ? post
          ? 'create'
          : 'none'
        : end < last
          ? post
            ? 'action'
            : 'none'
          : (itemRules[method] ?? 'none')),
    collection: end < 0 ? path : join(segments.slice(0, end)),
    item: end < 0 ? undefined : join(segments.slice(0, end + 1)),
    idParam: segments[end]?.slice(1, -1),
  }
}
