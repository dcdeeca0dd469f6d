'use client'

import type { Entity } from '@monite-kit/client'
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query'
import { mergeSuspenseQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { MyEntityKey } from '../moniteKeys'
import { myEntityQueryOptions } from '../queries/myEntityQueryOptions'
import type { MoniteQueryError, MoniteSuspenseQueryOptions } from '../types'

/**
 * The current user's entity (`GET /entity_users/my_entity`), keyed by the provider's `scope`. Suspends while loading and throws errors to the nearest error boundary; `data` is always defined.
 *
 * @example
 * ```tsx
 * function EntityStatus() {
 *   const { data: entity } = useSuspenseMyEntity()
 *   return <span>{entity.status}</span>
 * }
 * ```
 */
export function useSuspenseMyEntity<TData = Entity>(
  options?: MoniteSuspenseQueryOptions<Entity, TData, MyEntityKey>,
): UseSuspenseQueryResult<TData, MoniteQueryError> {
  const { client, scope } = useMoniteContext()
  return useSuspenseQuery(
    mergeSuspenseQueryOptions<Entity, TData, MyEntityKey>(
      myEntityQueryOptions(client, { scope }),
      options,
    ),
  )
}
