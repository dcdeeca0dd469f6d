'use client'

import type { Role } from '@monite-kit/client'
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query'
import { mergeSuspenseQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { RoleDetailKey } from '../moniteKeys'
import { roleQueryOptions } from '../queries/roleQueryOptions'
import type { MoniteQueryError, MoniteSuspenseQueryOptions } from '../types'

/**
 * One role (`GET /roles/{role_id}`). Pass `enabled: false` while the id is unknown. Suspends while loading and throws errors to the nearest error boundary; `data` is always defined.
 *
 * @example
 * ```tsx
 * function RoleTitle({ id }: { id: string }) {
 *   const { data: role } = useSuspenseRole(id)
 *   return <h2>{role.name}</h2>
 * }
 * ```
 */
export function useSuspenseRole<TData = Role>(
  id: string,
  options?: MoniteSuspenseQueryOptions<Role, TData, RoleDetailKey>,
): UseSuspenseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useSuspenseQuery(
    mergeSuspenseQueryOptions<Role, TData, RoleDetailKey>(roleQueryOptions(client, id), options),
  )
}
