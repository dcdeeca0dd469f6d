'use client'

import type { EntityUserListParams, EntityUserPage } from '@monite-kit/client'
import { type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query'
import { mergeInfiniteQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { EntityUsersInfiniteKey } from '../moniteKeys'
import { entityUsersInfiniteQueryOptions } from '../queries/entityUsersInfiniteQueryOptions'
import type {
  EntityUsersInfiniteData,
  MoniteInfiniteQueryOptions,
  MoniteQueryError,
} from '../types'

/**
 * Every page of the entity's users, one `fetchNextPage()` at a time: the cursor is Monite's `pagination_token` (`hasNextPage` from `next_pagination_token`, `hasPreviousPage` from `prev_pagination_token`). Accepts every `useInfiniteQuery` option except the cursor functions (`select`, `maxPages`, `enabled`, …).
 *
 * @example
 * ```tsx
 * function AllUsers() {
 *   const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useEntityUsersInfinite(
 *     { limit: 100 },
 *     { select: (d) => d.pages.flatMap((p) => p.data) },
 *   )
 *   return (
 *     <>
 *       <ul>{data?.map((u) => <li key={u.id}>{u.login}</li>)}</ul>
 *       {hasNextPage && <button disabled={isFetchingNextPage} onClick={() => fetchNextPage()}>More</button>}
 *     </>
 *   )
 * }
 * ```
 */
export function useEntityUsersInfinite<TData = EntityUsersInfiniteData>(
  params?: EntityUserListParams,
  options?: MoniteInfiniteQueryOptions<EntityUserPage, TData, EntityUsersInfiniteKey>,
): UseInfiniteQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useInfiniteQuery(
    mergeInfiniteQueryOptions<EntityUserPage, TData, EntityUsersInfiniteKey>(
      entityUsersInfiniteQueryOptions(client, params),
      options,
    ),
  )
}
