'use client'

import type { Role } from '@monite-kit/client'
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import { updateRoleMutationOptions } from '../mutations/updateRoleMutationOptions'
import type {
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  UpdateRoleVariables,
} from '../types'

/**
 * Updates a role (`PATCH /roles/{id}`) with `{ id, body }`, optimistically in its detail entry, lists and `/my_role` (rolled back on error). Accepts every `useMutation` option plus `optimistic`; your callbacks run after the cache
 * updates.
 *
 * @example
 * ```tsx
 * function RenameRole({ role }: { role: Role }) {
 *   const update = useUpdateRole()
 *   return <button onClick={() => update.mutate({ id: role.id, body: { name: 'Approvers' } })}>Rename</button>
 * }
 * ```
 */
export function useUpdateRole<TOnMutateResult = unknown>(
  options?: MoniteMutationOptions<Role, UpdateRoleVariables, TOnMutateResult>,
): UseMutationResult<
  Role,
  MoniteQueryError,
  UpdateRoleVariables,
  MoniteOnMutateResult<TOnMutateResult>
> {
  const { client } = useMoniteContext()
  const queryClient = useQueryClient()
  return useMutation(updateRoleMutationOptions(client, queryClient, options))
}
