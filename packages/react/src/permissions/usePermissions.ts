'use client'

import type { EntityUser, Role, RolePermissions } from '@monite-kit/client'
import { useCallback, useMemo } from 'react'
import { useMe } from '../hooks/useMe'
import { useMyRole } from '../hooks/useMyRole'
import type { MoniteQueryError } from '../types'
import { getPermission } from './getPermission'
import { isActionAllowed } from './isActionAllowed'
import type { MoniteAction, MoniteObjectType, MonitePermission } from './types'

/**
 * Options of {@link usePermissions}.
 *
 * @example
 * ```tsx
 * const { isActionAllowed } = usePermissions({ enabled: actingAsUser })
 * ```
 */
export interface UsePermissionsOptions {
  /**
   * `false` loads nothing (e.g. while the client holds a partner token, for which `/me` and
   * `/my_role` do not exist); the result then stays pending and allows nothing. Default `true`.
   */
  enabled?: boolean
}

/**
 * What {@link usePermissions} returns.
 *
 * @example
 * ```tsx
 * const { isActionAllowed }: MonitePermissionsResult = usePermissions()
 * ```
 */
export interface MonitePermissionsResult {
  /** The current user (`/me`), once loaded. */
  me: EntityUser | undefined
  /** The current user's role (`/my_role`), once loaded. */
  role: Role | undefined
  /** `role.permissions`, once loaded. */
  permissions: RolePermissions | undefined
  /** `true` until both `/me` and `/my_role` have data. */
  isPending: boolean
  /** `true` while the first load of either is in flight. */
  isLoading: boolean
  /** `true` when either failed. */
  isError: boolean
  /** The first error of the two, if any. */
  error: MoniteQueryError | null
  /** The role's answer for one action, or `undefined` while loading. */
  getPermission<T extends MoniteObjectType>(
    objectType: T,
    action: MoniteAction<T>,
  ): MonitePermission | undefined
  /**
   * Whether the current user may do `action` (see {@link isActionAllowed}; `userId` is the
   * current user). `false` while loading or on error.
   */
  isActionAllowed<T extends MoniteObjectType>(
    objectType: T,
    action: MoniteAction<T>,
    options?: { ownerId?: string | null },
  ): boolean
}

/**
 * The current user's permissions, from `/entity_users/me` and `/entity_users/my_role` (both
 * cached; updating the user's role or the role itself refreshes them). Needs an entity-user
 * token.
 *
 * @example
 * ```tsx
 * function PayableActions({ payable }: { payable: { created_by_entity_user_id: string } }) {
 *   const { isActionAllowed, isPending } = usePermissions()
 *   if (isPending) return null
 *   const ownerId = payable.created_by_entity_user_id
 *   return (
 *     <>
 *       {isActionAllowed('payable', 'approve', { ownerId }) && <button>Approve</button>}
 *       {isActionAllowed('payable', 'pay', { ownerId }) && <button>Pay</button>}
 *     </>
 *   )
 * }
 * ```
 */
export function usePermissions(options?: UsePermissionsOptions): MonitePermissionsResult {
  const enabled = options?.enabled ?? true
  const meQuery = useMe({ enabled })
  const roleQuery = useMyRole({ enabled })
  const me = meQuery.data
  const role = roleQuery.data
  const permissions = role?.permissions
  const ready = me !== undefined && role !== undefined

  const get = useCallback(
    <T extends MoniteObjectType>(objectType: T, action: MoniteAction<T>) =>
      role ? getPermission(role.permissions, objectType, action) : undefined,
    [role],
  )
  const allowed = useCallback(
    <T extends MoniteObjectType>(
      objectType: T,
      action: MoniteAction<T>,
      options?: { ownerId?: string | null },
    ) =>
      ready
        ? isActionAllowed(role.permissions, objectType, action, {
            ownerId: options?.ownerId,
            userId: me.id,
          })
        : false,
    [ready, role, me],
  )

  const error = meQuery.error ?? roleQuery.error
  return useMemo(
    () => ({
      me,
      role,
      permissions,
      isPending: !ready,
      isLoading: meQuery.isLoading || roleQuery.isLoading,
      isError: meQuery.isError || roleQuery.isError,
      error,
      getPermission: get,
      isActionAllowed: allowed,
    }),
    [
      me,
      role,
      permissions,
      ready,
      meQuery.isLoading,
      roleQuery.isLoading,
      meQuery.isError,
      roleQuery.isError,
      error,
      get,
      allowed,
    ],
  )
}
