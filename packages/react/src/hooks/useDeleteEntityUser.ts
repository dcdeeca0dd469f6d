'use client'

import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import { deleteEntityUserMutationOptions } from '../mutations/deleteEntityUserMutationOptions'
import type { MoniteMutationOptions, MoniteOnMutateResult, MoniteQueryError } from '../types'

/**
 * Deletes an entity user (`DELETE /entity_users/{id}`) by id, removing it from cached lists at once (restored on error). Accepts every `useMutation` option plus `optimistic`; your callbacks run after the cache
 * updates.
 *
 * @example
 * ```tsx
 * function RemoveUser({ id }: { id: string }) {
 *   const remove = useDeleteEntityUser()
 *   return <button disabled={remove.isPending} onClick={() => remove.mutate(id)}>Delete</button>
 * }
 * ```
 */
export function useDeleteEntityUser<TOnMutateResult = unknown>(
  options?: MoniteMutationOptions<void, string, TOnMutateResult>,
): UseMutationResult<void, MoniteQueryError, string, MoniteOnMutateResult<TOnMutateResult>> {
  const { client } = useMoniteContext()
  const queryClient = useQueryClient()
  return useMutation(deleteEntityUserMutationOptions(client, queryClient, options))
}
