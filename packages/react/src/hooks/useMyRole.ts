'use client'

import type { Role } from '@monite-kit/client'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { mergeQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { MyRoleKey } from '../moniteKeys'
import { myRoleQueryOptions } from '../queries/myRoleQueryOptions'
import type { MoniteQueryError, MoniteQueryOptions } from '../types'

/**
 * The current user's role and permissions (`GET /entity_users/my_role`), keyed by the provider's `scope`. Accepts every `useQuery` option (`select` changes `data`'s type, `enabled`, `staleTime`, …); retries with {@link moniteRetry} unless told otherwise.
 *
 * @example
 * ```tsx
 * function RoleBadge() {
 *   const { data: roleName } = useMyRole({ select: (role) => role.name })
 *   return <span>{roleName}</span>
 * }
 * ```
 */
export function useMyRole<TData = Role>(
  options?: MoniteQueryOptions<Role, TData, MyRoleKey>,
): UseQueryResult<TData, MoniteQueryError> {
  const { client, scope } = useMoniteContext()
  return useQuery(
    mergeQueryOptions<Role, TData, MyRoleKey>(myRoleQueryOptions(client, { scope }), options),
  )
}
