'use client'

import type { CreateRoleInput, Role } from '@monite-kit/client'
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import { createRoleMutationOptions } from '../mutations/createRoleMutationOptions'
import type { MoniteMutationOptions, MoniteOnMutateResult, MoniteQueryError } from '../types'

/**
 * Creates a role (`POST /roles`); a duplicate name fails with a 409 `MoniteApiError`. Accepts every `useMutation` option plus `optimistic`; your callbacks run after the cache
 * updates.
 *
 * @example
 * ```tsx
 * function NewRole() {
 *   const create = useCreateRole()
 *   const onClick = () => create.mutate({ name: 'Viewer', permissions: { objects: [] } })
 *   return <button onClick={onClick}>{create.error?.message ?? 'Create role'}</button>
 * }
 * ```
 */
export function useCreateRole<TOnMutateResult = unknown>(
  options?: MoniteMutationOptions<Role, CreateRoleInput, TOnMutateResult>,
): UseMutationResult<
  Role,
  MoniteQueryError,
  CreateRoleInput,
  MoniteOnMutateResult<TOnMutateResult>
> {
  const { client } = useMoniteContext()
  const queryClient = useQueryClient()
  return useMutation(createRoleMutationOptions(client, queryClient, options))
}
