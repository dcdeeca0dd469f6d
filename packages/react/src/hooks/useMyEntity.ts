'use client'

import type { Entity } from '@monite-kit/client'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { mergeQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { MyEntityKey } from '../moniteKeys'
import { myEntityQueryOptions } from '../queries/myEntityQueryOptions'
import type { MoniteQueryError, MoniteQueryOptions } from '../types'

/**
 * The current user's entity (`GET /entity_users/my_entity`), keyed by the provider's `scope`. Accepts every `useQuery` option (`select` changes `data`'s type, `enabled`, `staleTime`, …); retries with {@link moniteRetry} unless told otherwise.
 *
 * @example
 * ```tsx
 * function EntityName() {
 *   const { data: entity } = useMyEntity()
 *   return <span>{entity?.email}</span>
 * }
 * ```
 */
export function useMyEntity<TData = Entity>(
  options?: MoniteQueryOptions<Entity, TData, MyEntityKey>,
): UseQueryResult<TData, MoniteQueryError> {
  const { client, scope } = useMoniteContext()
  return useQuery(
    mergeQueryOptions<Entity, TData, MyEntityKey>(myEntityQueryOptions(client, { scope }), options),
  )
}
