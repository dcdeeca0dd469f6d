'use client'

import type { Role } from '@monite-kit/client'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { mergeQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { RoleDetailKey } from '../moniteKeys'
import { roleQueryOptions } from '../queries/roleQueryOptions'
import type { MoniteQueryError, MoniteQueryOptions } from '../types'

/**
 * One role (`GET /roles/{role_id}`). Pass `enabled: false` while the id is unknown. Accepts every `useQuery` option (`select` changes `data`'s type, `enabled`, `staleTime`, …); retries with {@link moniteRetry} unless told otherwise.
 *
 * @example
 * ```tsx
 * function RoleName({ id }: { id: string }) {
 *   const { data: name } = useRole(id, { select: (role) => role.name })
 *   return <span>{name ?? '…'}</span>
 * }
 * ```
 */
export function useRole<TData = Role>(
  id: string,
  options?: MoniteQueryOptions<Role, TData, RoleDetailKey>,
): UseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useQuery(
    mergeQueryOptions<Role, TData, RoleDetailKey>(roleQueryOptions(client, id), options),
  )
}
