'use client'

import type { MoniteQueryError } from '../types'
import type { MoniteAction, MoniteObjectType } from './types'
import { usePermissions } from './usePermissions'

/**
 * What {@link useIsActionAllowed} returns.
 *
 * @example
 * ```tsx
 * const { data: canPay }: IsActionAllowedResult = useIsActionAllowed('payable', 'pay')
 * ```
 */
export interface IsActionAllowedResult {
  /** The answer; `undefined` until `/me` and `/my_role` are loaded (and on error). */
  data: boolean | undefined
  /** `true` until the answer is known. */
  isPending: boolean
  /** `true` while the first load is in flight. */
  isLoading: boolean
  isError: boolean
  error: MoniteQueryError | null
}

/**
 * Whether the current user may do `action` on `objectType`, from `/me` and `/my_role`.
 * `allowed_for_own` counts only when `ownerId` is the current user (or for `create` without an
 * owner); see {@link isActionAllowed}.
 *
 * @example
 * ```tsx
 * function DeleteUserButton({ user }: { user: EntityUser }) {
 *   const { data: canDelete } = useIsActionAllowed('entity_user', 'delete', { ownerId: user.id })
 *   const remove = useDeleteEntityUser()
 *   if (!canDelete) return null
 *   return <button onClick={() => remove.mutate(user.id)}>Delete</button>
 * }
 * ```
 */
export function useIsActionAllowed<T extends MoniteObjectType>(
  objectType: T,
  action: MoniteAction<T>,
  options?: { ownerId?: string | null; enabled?: boolean },
): IsActionAllowedResult {
  const permissions = usePermissions({ enabled: options?.enabled })
  const known = !permissions.isPending
  return {
    data: known ? permissions.isActionAllowed(objectType, action, options) : undefined,
    isPending: !known,
    isLoading: permissions.isLoading,
    isError: permissions.isError,
    error: permissions.error,
  }
}
