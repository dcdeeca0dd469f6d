'use client'

import type { RoleListParams, RolePage } from '@monite-kit/client'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { mergeQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { RolesListKey } from '../moniteKeys'
import { rolesQueryOptions } from '../queries/rolesQueryOptions'
import type { MoniteQueryError, MoniteQueryOptions } from '../types'

/**
 * One page of the entity's roles (`GET /roles`) with `params` as filters. Accepts every `useQuery` option (`select` changes `data`'s type, `enabled`, `staleTime`, …); retries with {@link moniteRetry} unless told otherwise.
 *
 * @example
 * ```tsx
 * function RolePicker() {
 *   const { data: names = [] } = useRoles({ limit: 100 }, { select: (p) => p.data.map((r) => r.name) })
 *   return <select>{names.map((n) => <option key={n}>{n}</option>)}</select>
 * }
 * ```
 */
export function useRoles<TData = RolePage>(
  params?: RoleListParams,
  options?: MoniteQueryOptions<RolePage, TData, RolesListKey>,
): UseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useQuery(
    mergeQueryOptions<RolePage, TData, RolesListKey>(rolesQueryOptions(client, params), options),
  )
}
