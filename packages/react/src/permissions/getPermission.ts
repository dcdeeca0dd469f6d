import type { RolePermissions } from '@monite-kit/client'
import type { MoniteAction, MoniteObjectType, MonitePermission } from './types'

/**
 * What a role's `permissions` say about one action on one object type: `allowed`,
 * `allowed_for_own` or `not_allowed`. An object type or action the role does not list is
 * `not_allowed` (Monite denies what is not granted).
 *
 * @example
 * ```ts
 * getPermission(role.permissions, 'payable', 'approve') // 'allowed_for_own'
 * ```
 */
export function getPermission<T extends MoniteObjectType>(
  permissions: RolePermissions | null | undefined,
  objectType: T,
  action: MoniteAction<T>,
): MonitePermission {
  const object = permissions?.objects?.find((o) => o.object_type === objectType)
  const actions: { action_name: string; permission: MonitePermission }[] = object?.actions ?? []
  return actions.find((a) => a.action_name === action)?.permission ?? 'not_allowed'
}
