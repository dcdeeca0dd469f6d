'use client'

import type { CreateEntityUserInput, EntityUser } from '@monite-kit/client'
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import { createEntityUserMutationOptions } from '../mutations/createEntityUserMutationOptions'
import type { MoniteMutationOptions, MoniteOnMutateResult, MoniteQueryError } from '../types'

/**
 * Creates an entity user (`POST /entity_users`); the new user lands in its detail cache and the lists refetch. Accepts every `useMutation` option plus `optimistic`; your callbacks run after the cache
 * updates.
 *
 * @example
 * ```tsx
 * function NewUser() {
 *   const create = useCreateEntityUser({ onSuccess: (user) => navigate(`/users/${user.id}`) })
 *   return <button onClick={() => create.mutate({ first_name: 'Ada', login: 'ada' })}>Add</button>
 * }
 * ```
 */
export function useCreateEntityUser<TOnMutateResult = unknown>(
  options?: MoniteMutationOptions<EntityUser, CreateEntityUserInput, TOnMutateResult>,
): UseMutationResult<
  EntityUser,
  MoniteQueryError,
  CreateEntityUserInput,
  MoniteOnMutateResult<TOnMutateResult>
> {
  const { client } = useMoniteContext()
  const queryClient = useQueryClient()
  return useMutation(createEntityUserMutationOptions(client, queryClient, options))
}
