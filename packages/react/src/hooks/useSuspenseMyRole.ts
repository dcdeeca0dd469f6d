'use client'

import type { Role } from '@monite-kit/client'
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query'
import { mergeSuspenseQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { MyRoleKey } from '../moniteKeys'
import { myRoleQueryOptions } from '../queries/myRoleQueryOptions'
import type { MoniteQueryError, MoniteSuspenseQueryOptions } from '../types'

/**
 * The current user's role and permissions (`GET /entity_users/my_role`), keyed by the provider's `scope`. Suspends while loading and throws errors to the nearest error boundary; `data` is always defined.
 *
 * @example
 * ```tsx
 * function Permissions() {
 *   const { data: role } = useSuspenseMyRole()
 *   return <pre>{JSON.stringify(role.permissions, null, 2)}</pre>
 * }
 * ```
 */
export function useSuspenseMyRole<TData = Role>(
  options?: MoniteSuspenseQueryOptions<Role, TData, MyRoleKey>,
): UseSuspenseQueryResult<TData, MoniteQueryError> {
  const { client, scope } = useMoniteContext()
  return useSuspenseQuery(
    mergeSuspenseQueryOptions<Role, TData, MyRoleKey>(
      myRoleQueryOptions(client, { scope }),
      options,
    ),
  )
}
