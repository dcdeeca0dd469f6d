'use client'

import type { EntityUser, UpdateMeInput } from '@monite-kit/client'
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query'
import { useMoniteContext } from '../internal/useMoniteContext'
import { updateMeMutationOptions } from '../mutations/updateMeMutationOptions'
import type { MoniteMutationOptions, MoniteOnMutateResult, MoniteQueryError } from '../types'

/**
 * Updates the current user's profile (`PATCH /entity_users/me`), optimistically in `/me` (rolled back on error). Accepts every `useMutation` option plus `optimistic`; your callbacks run after the cache
 * updates.
 *
 * @example
 * ```tsx
 * function PhoneForm() {
 *   const updateMe = useUpdateMe()
 *   return <button onClick={() => updateMe.mutate({ phone: '+4930123456' })}>Save</button>
 * }
 * ```
 */
export function useUpdateMe<TOnMutateResult = unknown>(
  options?: MoniteMutationOptions<EntityUser, UpdateMeInput, TOnMutateResult>,
): UseMutationResult<
  EntityUser,
  MoniteQueryError,
  UpdateMeInput,
  MoniteOnMutateResult<TOnMutateResult>
> {
  const { client, scope } = useMoniteContext()
  const queryClient = useQueryClient()
  return useMutation(
    updateMeMutationOptions(client, queryClient, { moniteScope: scope, ...options }),
  )
}
