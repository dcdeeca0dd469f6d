import type { RolePermissions } from '@monite-kit/client'

/** One entry of `permissions.objects`. */
type PermissionObject = NonNullable<NonNullable<RolePermissions>['objects']>[number]
/** The `action_name`s an entry allows. */
type ActionNameOf<O> = O extends { actions?: (infer A)[] | null }
  ? A extends { action_name: infer N }
    ? N
    : never
  : never

/**
 * An `object_type` Monite roles grant permissions on (`payable`, `receivable`, `entity_user`,
 * `role`, …).
 *
 * @example
 * ```ts
 * const type: MoniteObjectType = 'counterpart'
 * ```
 */
export type MoniteObjectType = PermissionObject['object_type']

/**
 * The actions of one object type: `create | read | update | delete` for most types, plus `pay`,
 * `approve`, `cancel`, `submit`, `create_from_mail`, `reopen` for `payable`.
 *
 * @example
 * ```ts
 * const action: MoniteAction<'payable'> = 'approve'
 * ```
 */
export type MoniteAction<T extends MoniteObjectType = MoniteObjectType> = T extends 'payable'
  ? ActionNameOf<Extract<PermissionObject, { object_type: 'payable' }>>
  : ActionNameOf<Exclude<PermissionObject, { object_type: 'payable' }>>

/**
 * A role's answer for one action: `allowed`, `allowed_for_own` (only records the user created or
 * owns) or `not_allowed`.
 *
 * @example
 * ```ts
 * const p: MonitePermission = 'allowed_for_own'
 * ```
 */
export type MonitePermission = NonNullable<PermissionObject['actions']>[number]['permission']

/**
 * Whose record an action is about, for `allowed_for_own`.
 *
 * The rule (the fake of `@monite-kit/fixtures` applies the same one): a record is the acting
 * user's own when its owner is that user. The owner is the entity user the record names as its
 * creator (`created_by_entity_user_id` of a payable, a counterpart, …); an entity user is its own
 * owner. A record that names no creator (a role) has no owner, so `allowed_for_own` allows only
 * `create` on it. Who created an entity user or a role does not count: Monite's answers do not
 * say, so an app could not check it.
 *
 * @example
 * ```ts
 * const ctx: ActionOwnership = { ownerId: payable.created_by_entity_user_id, userId: me.id }
 * ```
 */
export interface ActionOwnership {
  /**
   * The record's owner: the entity user it names as its creator; for an entity user record, its
   * own id; `null` when it names none (a role).
   */
  ownerId?: string | null
  /** The current entity user. */
  userId?: string | null
}
