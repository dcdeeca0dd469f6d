'use client'

import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import { deleteRoleMutationOptions } from '../mutations/deleteRoleMutationOptions'
import type { MoniteMutationOptions, MoniteOnMutateResult, MoniteQueryError } from '../types'

/**
 * Deletes a role (`DELETE /roles/{id}`) by id, removing it from cached lists at once; a role still held by users fails with 409 and comes back. Accepts every `useMutation` option plus `optimistic`; your callbacks run after the cache
 * updates.
 *
 * @example
 * ```tsx
 * function RemoveRole({ id }: { id: string }) {
 *   const remove = useDeleteRole({ onError: (e) => toast(e.message) })
 *   return <button onClick={() => remove.mutate(id)}>Delete</button>
 * }
 * ```
 */
export function useDeleteRole<TOnMutateResult = unknown>(
  options?: MoniteMutationOptions<void, string, TOnMutateResult>,
): UseMutationResult<void, MoniteQueryError, string, MoniteOnMutateResult<TOnMutateResult>> {
  const { client } = useMoniteContext()
  const queryClient = useQueryClient()
  return useMutation(deleteRoleMutationOptions(client, queryClient, options))
}
