'use client'

import type { RoleListParams, RolePage } from '@monite-kit/client'
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query'
import { mergeSuspenseQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { RolesListKey } from '../moniteKeys'
import { rolesQueryOptions } from '../queries/rolesQueryOptions'
import type { MoniteQueryError, MoniteSuspenseQueryOptions } from '../types'

/**
 * One page of the entity's roles (`GET /roles`) with `params` as filters. Suspends while loading and throws errors to the nearest error boundary; `data` is always defined.
 *
 * @example
 * ```tsx
 * function RoleList() {
 *   const { data } = useSuspenseRoles()
 *   return <ul>{data.data.map((r) => <li key={r.id}>{r.name}</li>)}</ul>
 * }
 * ```
 */
export function useSuspenseRoles<TData = RolePage>(
  params?: RoleListParams,
  options?: MoniteSuspenseQueryOptions<RolePage, TData, RolesListKey>,
): UseSuspenseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useSuspenseQuery(
    mergeSuspenseQueryOptions<RolePage, TData, RolesListKey>(
      rolesQueryOptions(client, params),
      options,
    ),
  )
}
