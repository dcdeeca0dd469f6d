'use client'

import type { ReactNode } from 'react'
import type { MoniteAction, MoniteObjectType } from './types'
import { useIsActionAllowed } from './useIsActionAllowed'

/**
 * Props of {@link Can}.
 *
 * @example
 * ```tsx
 * const props: CanProps<'payable'> = { objectType: 'payable', action: 'approve', ownerId }
 * <Can {...props}><ApproveButton /></Can>
 * ```
 */
export interface CanProps<T extends MoniteObjectType> {
  /** The object type, e.g. `payable`, `entity_user`, `role`. */
  objectType: T
  /** The action, typed by `objectType`. */
  action: MoniteAction<T>
  /** The record's owner, for `allowed_for_own`. */
  ownerId?: string | null
  /** Shown when the action is allowed. */
  children?: ReactNode
  /** Shown when it is not (or when permissions failed to load). Default: nothing. */
  fallback?: ReactNode
  /** Shown while permissions load. Default: nothing. */
  loading?: ReactNode
}

/**
 * Renders its children only when the current user may do `action` on `objectType`.
 *
 * @example
 * ```tsx
 * <Can objectType="role" action="create" fallback={<p>Ask an admin to add roles.</p>}>
 *   <NewRoleButton />
 * </Can>
 * ```
 */
export function Can<T extends MoniteObjectType>({
  objectType,
  action,
  ownerId,
  children,
  fallback = null,
  loading = null,
}: CanProps<T>): ReactNode {
  const { data, isPending, isError } = useIsActionAllowed(objectType, action, { ownerId })
  if (isPending && !isError) return loading
  return data ? children : fallback
}
