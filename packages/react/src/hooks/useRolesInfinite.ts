'use client'

import type { RoleListParams, RolePage } from '@monite-kit/client'
import { type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query'
import { mergeInfiniteQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { RolesInfiniteKey } from '../moniteKeys'
import { rolesInfiniteQueryOptions } from '../queries/rolesInfiniteQueryOptions'
import type { MoniteInfiniteQueryOptions, MoniteQueryError, RolesInfiniteData } from '../types'

/**
 * Every page of the entity's roles, one `fetchNextPage()` at a time (cursor: `pagination_token`). Accepts every `useInfiniteQuery` option except the cursor functions (`select`, `maxPages`, `enabled`, …).
 *
 * @example
 * ```tsx
 * function AllRoles() {
 *   const { data: roles, fetchNextPage, hasNextPage } = useRolesInfinite(
 *     { limit: 100 },
 *     { select: (d) => d.pages.flatMap((p) => p.data) },
 *   )
 *   return <RoleTable roles={roles ?? []} onEnd={hasNextPage ? fetchNextPage : undefined} />
 * }
 * ```
 */
export function useRolesInfinite<TData = RolesInfiniteData>(
  params?: RoleListParams,
  options?: MoniteInfiniteQueryOptions<RolePage, TData, RolesInfiniteKey>,
): UseInfiniteQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useInfiniteQuery(
    mergeInfiniteQueryOptions<RolePage, TData, RolesInfiniteKey>(
      rolesInfiniteQueryOptions(client, params),
      options,
    ),
  )
}
