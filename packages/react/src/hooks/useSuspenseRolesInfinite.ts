'use client'

import type { RoleListParams, RolePage } from '@monite-kit/client'
import {
  type UseSuspenseInfiniteQueryResult,
  useSuspenseInfiniteQuery,
} from '@tanstack/react-query'
import { mergeSuspenseInfiniteQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { RolesInfiniteKey } from '../moniteKeys'
import { rolesInfiniteQueryOptions } from '../queries/rolesInfiniteQueryOptions'
import type {
  MoniteQueryError,
  MoniteSuspenseInfiniteQueryOptions,
  RolesInfiniteData,
} from '../types'

/**
 * Every page of the entity's roles, one `fetchNextPage()` at a time (cursor: `pagination_token`). Suspends while the first page loads.
 *
 * @example
 * ```tsx
 * function RolesFeed() {
 *   const { data } = useSuspenseRolesInfinite()
 *   return <span>{data.pages[0]?.data.length}</span>
 * }
 * ```
 */
export function useSuspenseRolesInfinite<TData = RolesInfiniteData>(
  params?: RoleListParams,
  options?: MoniteSuspenseInfiniteQueryOptions<RolePage, TData, RolesInfiniteKey>,
): UseSuspenseInfiniteQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useSuspenseInfiniteQuery(
    mergeSuspenseInfiniteQueryOptions<RolePage, TData, RolesInfiniteKey>(
      rolesInfiniteQueryOptions(client, params),
      options,
    ),
  )
}
