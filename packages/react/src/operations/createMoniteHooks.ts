'use client'

import type { paths } from '@monite-kit/client'
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
} from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import type { MoniteOperationsConfig } from './builderTypes'
import type { MoniteOperationsClient } from './client'
import { createMoniteOptions } from './createMoniteOptions'
import type { MoniteHooks } from './hookTypes'

type Builder = (client: MoniteOperationsClient, ...args: unknown[]) => never

const useClient = () => useMoniteContext().client as unknown as MoniteOperationsClient

/**
 * Hooks for every operation of `Paths` (the project's `paths` by default, or Monite's full
 * document generated with openapi-typescript), with the client of the nearest
 * `MoniteProvider`: `useQuery`, `useSuspenseQuery`, `useInfiniteQuery` and
 * `useSuspenseInfiniteQuery` (only for operations with Monite's `pagination_token` /
 * `next_pagination_token`), `useMutation`, plus the builders of {@link createMoniteOptions}.
 * Errors are `MoniteQueryError`; queries retry with {@link moniteRetry}; keys sit under
 * `moniteKeys.path(client, path)`; mutations keep the cache right by REST conventions
 * ({@link MoniteCacheRule}, overridable per operation), on the engine the named hooks use.
 * Create it once, at module level (it holds no state).
 *
 * @example
 * ```tsx
 * import { createMoniteHooks } from '@monite-kit/react'
 *
 * const monite = createMoniteHooks()
 *
 * function RoleName({ id }: { id: string }) {
 *   const role = monite.useQuery('get', '/roles/{role_id}', { params: { path: { role_id: id } } })
 *   const rename = monite.useMutation('patch', '/roles/{role_id}')
 *   if (role.isPending) return <p>Loading…</p>
 *   if (role.error) return <p>{role.error.message}</p>
 *   return (
 *     <button onClick={() => rename.mutate({ params: { path: { role_id: id } }, body: { name: 'Approvers' } })}>
 *       {role.data.name}
 *     </button>
 *   )
 * }
 * ```
 */
export function createMoniteHooks<Paths extends object = paths>(
  config?: MoniteOperationsConfig,
): MoniteHooks<Paths> {
  const options = createMoniteOptions<Paths>(config)
  const { queryOptions, infiniteQueryOptions, mutationOptions } = options as unknown as {
    [K in keyof typeof options]: Builder
  }
  const hooks = {
    ...options,
    useQuery: (...args: unknown[]) => useQuery(queryOptions(useClient(), ...args)),
    useSuspenseQuery: (...args: unknown[]) => useSuspenseQuery(queryOptions(useClient(), ...args)),
    useInfiniteQuery: (...args: unknown[]) =>
      useInfiniteQuery(infiniteQueryOptions(useClient(), ...args)),
    useSuspenseInfiniteQuery: (...args: unknown[]) =>
      useSuspenseInfiniteQuery(infiniteQueryOptions(useClient(), ...args)),
    useMutation: (...args: unknown[]) =>
      useMutation(mutationOptions(useClient(), useQueryClient(), ...args)),
  }
  return hooks as unknown as MoniteHooks<Paths>
}
