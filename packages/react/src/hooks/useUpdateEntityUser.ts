'use client'

import type { EntityUser } from '@monite-kit/client'
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import { updateEntityUserMutationOptions } from '../mutations/updateEntityUserMutationOptions'
import type {
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  UpdateEntityUserVariables,
} from '../types'

/**
 * Updates an entity user (`PATCH /entity_users/{id}`) with `{ id, body }`, optimistically everywhere it is cached (rolled back on error); refreshes `/me` and `/my_role` when it is the current user. Accepts every `useMutation` option plus `optimistic`; your callbacks run after the cache
 * updates.
 *
 * @example
 * ```tsx
 * function Rename({ user }: { user: EntityUser }) {
 *   const update = useUpdateEntityUser()
 *   return (
 *     <button onClick={() => update.mutate({ id: user.id, body: { first_name: 'Grace' } })}>
 *       Rename
 *     </button>
 *   )
 * }
 * ```
 */
export function useUpdateEntityUser<TOnMutateResult = unknown>(
  options?: MoniteMutationOptions<EntityUser, UpdateEntityUserVariables, TOnMutateResult>,
): UseMutationResult<
  EntityUser,
  MoniteQueryError,
  UpdateEntityUserVariables,
  MoniteOnMutateResult<TOnMutateResult>
> {
  const { client } = useMoniteContext()
  const queryClient = useQueryClient()
  return useMutation(updateEntityUserMutationOptions(client, queryClient, options))
}
