'use client'

import type { EntityUser, Role, RolePermissions } from '@monite-kit/client'
import { useCallback, useEffect, useMemo } from 'react'
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
  /** `role.permissions`, once `/me` and `/my_role` agree. */
  permissions: RolePermissions | undefined
  /**
   * `true` until `/me` and `/my_role` have data that belongs together: `/my_role` is the role
   * `/me` names (`role.id === me.role_id`). While the user's role changes they may disagree for a
   * moment; the answers then wait (and `/my_role` is refetched) rather than come from the old role.
   */
  isPending: boolean
  /** `true` while the first load of either is in flight. */
  isLoading: boolean
  /** `true` when either failed. */
  isError: boolean
  /** The first error of the two, if any. */
  error: MoniteQueryError | null
  /** The role's answer for one action, or `undefined` while pending. */
  getPermission<T extends MoniteObjectType>(
    objectType: T,
    action: MoniteAction<T>,
  ): MonitePermission | undefined
  /**
   * Whether the current user may do `action` (see {@link isActionAllowed}; `userId` is the
   * current user). `false` while pending or on error.
   */
  isActionAllowed<T extends MoniteObjectType>(
    objectType: T,
    action: MoniteAction<T>,
    options?: { ownerId?: string | null },
  ): boolean
}

/**
 * The current user's permissions, from `/entity_users/me` and `/entity_users/my_role` (both
 * cached; updating the user's role or the role itself refreshes them). Answers come only from a
 * consistent pair: `/my_role` must be the role `/me` names, otherwise the result is pending and
 * the older `/my_role` is refetched. Needs an entity-user token.
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
  const ready = me !== undefined && role?.id === me.role_id
  const permissions = ready ? role.permissions : undefined
  // `/me` names another role than the cached `/my_role` (e.g. the user's role just changed):
  // refetch `/my_role` when it is the older of the two; answers wait until they agree.
  const stale = enabled && me && role && !ready && roleQuery.dataUpdatedAt <= meQuery.dataUpdatedAt
  const refetchRole = roleQuery.refetch
  useEffect(() => {
    if (stale) void refetchRole({ cancelRefetch: false })
  }, [stale, refetchRole])

  const get = useCallback(
    <T extends MoniteObjectType>(objectType: T, action: MoniteAction<T>) =>
      ready ? getPermission(role.permissions, objectType, action) : undefined,
    [ready, role],
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
