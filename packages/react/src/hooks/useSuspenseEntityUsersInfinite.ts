'use client'

import type { EntityUserListParams, EntityUserPage } from '@monite-kit/client'
import {
  type UseSuspenseInfiniteQueryResult,
  useSuspenseInfiniteQuery,
} from '@tanstack/react-query'
import { mergeSuspenseInfiniteQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { EntityUsersInfiniteKey } from '../moniteKeys'
import { entityUsersInfiniteQueryOptions } from '../queries/entityUsersInfiniteQueryOptions'
import type {
  EntityUsersInfiniteData,
  MoniteQueryError,
  MoniteSuspenseInfiniteQueryOptions,
} from '../types'

/**
 * Every page of the entity's users, one `fetchNextPage()` at a time: the cursor is Monite's `pagination_token` (`hasNextPage` from `next_pagination_token`, `hasPreviousPage` from `prev_pagination_token`). Suspends while the first page loads.
 *
 * @example
 * ```tsx
 * function UsersFeed() {
 *   const { data, fetchNextPage } = useSuspenseEntityUsersInfinite({ limit: 50 })
 *   return <button onClick={() => fetchNextPage()}>{data.pages.length} pages</button>
 * }
 * ```
 */
export function useSuspenseEntityUsersInfinite<TData = EntityUsersInfiniteData>(
  params?: EntityUserListParams,
  options?: MoniteSuspenseInfiniteQueryOptions<EntityUserPage, TData, EntityUsersInfiniteKey>,
): UseSuspenseInfiniteQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useSuspenseInfiniteQuery(
    mergeSuspenseInfiniteQueryOptions<EntityUserPage, TData, EntityUsersInfiniteKey>(
      entityUsersInfiniteQueryOptions(client, params),
      options,
    ),
  )
}
