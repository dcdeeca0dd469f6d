import type { RolePermissions } from '@monite-kit/client'
import { getPermission } from './getPermission'
import type { ActionOwnership, MoniteAction, MoniteObjectType } from './types'

/**
 * Whether a role's `permissions` allow `action` on `objectType`, the way Monite decides it:
 *
 * - `allowed` → `true`;
 * - `not_allowed`, or not listed → `false`;
 * - `allowed_for_own` → `true` only when the record is the user's: `ownerId === userId` (both
 *   given; see {@link ActionOwnership} for whose record is whose). For `create`, when no
 *   `ownerId` is given, `true`: a record you create is yours.
 *
 * Pure; usable on a server or in tests. In React use {@link useIsActionAllowed} or
 * {@link usePermissions}, which fill in `permissions` and `userId` from `/my_role` and `/me`.
 *
 * @example
 * ```ts
 * import { isActionAllowed } from '@monite-kit/react'
 *
 * const role = await client.entityUsers.myRole()
 * const me = await client.entityUsers.me()
 * isActionAllowed(role.permissions, 'payable', 'approve', {
 *   ownerId: payable.created_by_entity_user_id,
 *   userId: me.id,
 * })
 * ```
 */
export function isActionAllowed<T extends MoniteObjectType>(
  permissions: RolePermissions | null | undefined,
  objectType: T,
  action: MoniteAction<T>,
  ownership: ActionOwnership = {},
): boolean {
  const permission = getPermission(permissions, objectType, action)
  if (permission === 'allowed') return true
  if (permission !== 'allowed_for_own') return false
  const { ownerId, userId } = ownership
  if (ownerId === undefined || ownerId === null) return action === 'create'
  return userId !== undefined && userId !== null && ownerId === userId
}
