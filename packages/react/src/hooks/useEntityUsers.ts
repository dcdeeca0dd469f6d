'use client'

import type { EntityUserListParams, EntityUserPage } from '@monite-kit/client'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { mergeQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { EntityUsersListKey } from '../moniteKeys'
import { entityUsersQueryOptions } from '../queries/entityUsersQueryOptions'
import type { MoniteQueryError, MoniteQueryOptions } from '../types'

/**
 * One page of the entity's users (`GET /entity_users`) with `params` as filters. Accepts every `useQuery` option (`select` changes `data`'s type, `enabled`, `staleTime`, …); retries with {@link moniteRetry} unless told otherwise.
 *
 * @example
 * ```tsx
 * function ActiveUsers() {
 *   const { data, isPending, error } = useEntityUsers({ status: 'active', limit: 50 })
 *   if (isPending) return <Spinner />
 *   if (error) return <p>{error.message}</p>
 *   return <ul>{data.data.map((u) => <li key={u.id}>{u.login}</li>)}</ul>
 * }
 * ```
 */
export function useEntityUsers<TData = EntityUserPage>(
  params?: EntityUserListParams,
  options?: MoniteQueryOptions<EntityUserPage, TData, EntityUsersListKey>,
): UseQueryResult<TData, MoniteQueryError> {
  const { client } = useMoniteContext()
  return useQuery(
    mergeQueryOptions<EntityUserPage, TData, EntityUsersListKey>(
      entityUsersQueryOptions(client, params),
      options,
    ),
  )
}
