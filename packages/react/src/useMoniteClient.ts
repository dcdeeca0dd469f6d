'use client'

import type { MoniteClient, paths } from '@monite-kit/client'
import { useMoniteContext } from './internal/useMoniteContext'

/**
 * The client given to the nearest {@link MoniteProvider}. Throws outside one. Use it for calls
 * the hooks do not cover (`client.raw`, `client.auth`) or to build options yourself.
 *
 * @example
 * ```tsx
 * function UserLink({ id }: { id: string }) {
 *   const client = useMoniteClient()
 *   const queryClient = useQueryClient()
 *   const prefetch = () => queryClient.prefetchQuery(entityUserQueryOptions(client, id))
 *   return <a href={`/users/${id}`} onMouseEnter={prefetch}>Open</a>
 * }
 * ```
 */
export function useMoniteClient<Paths extends object = paths>(): MoniteClient<Paths> {
  return useMoniteContext().client as MoniteClient<Paths>
}
