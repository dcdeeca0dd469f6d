'use client'

import type { EntityUser } from '@monite-kit/client'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { mergeQueryOptions } from '../internal/mergeOptions'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { MeKey } from '../moniteKeys'
import { meQueryOptions } from '../queries/meQueryOptions'
import type { MoniteQueryError, MoniteQueryOptions } from '../types'

/**
 * The current entity user (`GET /entity_users/me`), keyed by the provider's `scope` (see {@link resolveMoniteScope}). Accepts every `useQuery` option (`select` changes `data`'s type, `enabled`, `staleTime`, …); retries with {@link moniteRetry} unless told otherwise.
 *
 * @example
 * ```tsx
 * function Greeting() {
 *   const { data: me } = useMe()
 *   return <p>Hello {me?.first_name ?? me?.login}</p>
 * }
 * ```
 */
export function useMe<TData = EntityUser>(
  options?: MoniteQueryOptions<EntityUser, TData, MeKey>,
): UseQueryResult<TData, MoniteQueryError> {
  const { client, scope } = useMoniteContext()
  return useQuery(
    mergeQueryOptions<EntityUser, TData, MeKey>(meQueryOptions(client, { scope }), options),
  )
}
