'use client'

import type { EntityUser } from '@monite-kit/client'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { mergeQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { EntityUserDetailKey } from '../moniteKeys'
import { entityUserQueryOptions } from '../queries/entityUserQueryOptions'
import type { MoniteQueryError, MoniteQueryOptions } from '../types'

/**
 * One entity user (`GET /entity_users/{entity_user_id}`). Pass `enabled: false` while the id is unknown. Accepts every `useQuery` option (`select` changes `data`'s type, `enabled`, `staleTime`, …); retries with {@link moniteRetry} unless told otherwise.
 *
 * @example
 * ```tsx
 * function UserName({ id }: { id: string }) {
 *   const { data: name } = useEntityUser(id, {
 *     select: (u) => [u.first_name, u.last_name].filter(Boolean).join(' '),
 *   })
 *   return <span>{name}</span>
 * }
 * ```
 */
export function useEntityUser<TData = EntityUser>(
  id: string,
  options?: MoniteQueryOptions<EntityUser, TData, EntityUserDetailKey>,
): UseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useQuery(
    mergeQueryOptions<EntityUser, TData, EntityUserDetailKey>(
      entityUserQueryOptions(client, id),
      options,
    ),
  )
}
