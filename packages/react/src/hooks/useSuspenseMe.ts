'use client'

import type { EntityUser } from '@monite-kit/client'
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query'
import { mergeSuspenseQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { MeKey } from '../moniteKeys'
import { meQueryOptions } from '../queries/meQueryOptions'
import type { MoniteQueryError, MoniteSuspenseQueryOptions } from '../types'

/**
 * The current entity user (`GET /entity_users/me`), keyed by the provider's `scope` (see {@link resolveMoniteScope}). Suspends while loading and throws errors to the nearest error boundary; `data` is always defined.
 *
 * @example
 * ```tsx
 * function Avatar() {
 *   const { data: me } = useSuspenseMe()
 *   return <span>{me.login}</span>
 * }
 * ```
 */
export function useSuspenseMe<TData = EntityUser>(
  options?: MoniteSuspenseQueryOptions<EntityUser, TData, MeKey>,
): UseSuspenseQueryResult<TData, MoniteQueryError> {
  const { client, scope } = useMoniteContext()
  return useSuspenseQuery(
    mergeSuspenseQueryOptions<EntityUser, TData, MeKey>(meQueryOptions(client, { scope }), options),
  )
}
