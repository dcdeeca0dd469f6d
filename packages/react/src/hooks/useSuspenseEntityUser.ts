'use client'

import type { EntityUser } from '@monite-kit/client'
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query'
import { mergeSuspenseQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { EntityUserDetailKey } from '../moniteKeys'
import { entityUserQueryOptions } from '../queries/entityUserQueryOptions'
import type { MoniteQueryError, MoniteSuspenseQueryOptions } from '../types'

/**
 * One entity user (`GET /entity_users/{entity_user_id}`). Pass `enabled: false` while the id is unknown. Suspends while loading and throws errors to the nearest error boundary; `data` is always defined.
 *
 * @example
 * ```tsx
 * function UserCard({ id }: { id: string }) {
 *   const { data: user } = useSuspenseEntityUser(id)
 *   return <h2>{user.login}</h2>
 * }
 * ```
 */
export function useSuspenseEntityUser<TData = EntityUser>(
  id: string,
  options?: MoniteSuspenseQueryOptions<EntityUser, TData, EntityUserDetailKey>,
): UseSuspenseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useSuspenseQuery(
    mergeSuspenseQueryOptions<EntityUser, TData, EntityUserDetailKey>(
      entityUserQueryOptions(client, id),
      options,
    ),
  )
}
