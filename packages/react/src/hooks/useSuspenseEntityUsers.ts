'use client'

import type { EntityUserListParams, EntityUserPage } from '@monite-kit/client'
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query'
import { mergeSuspenseQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { EntityUsersListKey } from '../moniteKeys'
import { entityUsersQueryOptions } from '../queries/entityUsersQueryOptions'
import type { MoniteQueryError, MoniteSuspenseQueryOptions } from '../types'

/**
 * One page of the entity's users (`GET /entity_users`) with `params` as filters. Suspends while loading and throws errors to the nearest error boundary; `data` is always defined.
 *
 * @example
 * ```tsx
 * function UserCount() {
 *   const { data: count } = useSuspenseEntityUsers({ status: 'active' }, {
 *     select: (page) => page.data.length,
 *   })
 *   return <span>{count}</span>
 * }
 * ```
 */
export function useSuspenseEntityUsers<TData = EntityUserPage>(
  params?: EntityUserListParams,
  options?: MoniteSuspenseQueryOptions<EntityUserPage, TData, EntityUsersListKey>,
): UseSuspenseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useSuspenseQuery(
    mergeSuspenseQueryOptions<EntityUserPage, TData, EntityUsersListKey>(
      entityUsersQueryOptions(client, params),
      options,
    ),
  )
}
