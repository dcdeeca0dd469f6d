import type { components, RolePermissions } from '@monite-kit/client'

type Schemas = components['schemas']
export type ObjectType = Schemas['CommonObjectTypeEnum'] | 'payable'
export type CommonObjectType = Schemas['CommonObjectTypeEnum']
export type Action = Schemas['PayableActionEnum']
export type Permission = Schemas['PermissionEnum']

/** Monite's object types with the common action set, in the order of its document. */
export const COMMON_OBJECT_TYPES = [
  'person',
  'onboarding',
  'comment',
  'counterpart',
  'entity_user',
  'entity',
  'entity_vat_ids',
  'counterpart_vat_id',
  'entity_bank_account',
  'export',
  'mailbox',
  'payables_purchase_order',
  'payment_reminder',
  'overdue_reminder',
  'product',
  'project',
  'receivable',
  'delivery_note',
  'ocr_task',
  'reconciliation',
  'role',
  'tag',
  'todo_task',
  'todo_task_mute',
  'transaction',
  'workflow',
  'approval_request',
  'approval_policy',
  'payment_record',
  'receipt',
] as const satisfies readonly CommonObjectType[]

// Fails to compile when Monite adds an object type the list above lacks.
type Missing = Exclude<CommonObjectType, (typeof COMMON_OBJECT_TYPES)[number]>
const _exhaustive: [Missing] extends [never] ? true : Missing = true
void _exhaustive

export const COMMON_ACTIONS = ['create', 'read', 'update', 'delete'] as const satisfies Action[]
export const PAYABLE_ACTIONS = [
  'create',
  'read',
  'update',
  'delete',
  'pay',
  'approve',
  'cancel',
  'submit',
  'create_from_mail',
  'reopen',
] as const satisfies Action[]
export const PERMISSIONS = [
  'allowed',
  'allowed_for_own',
  'not_allowed',
] as const satisfies Permission[]

export const PERMISSION_LABELS: Record<Permission, string> = {
  allowed: 'Allowed',
  allowed_for_own: 'Own only',
  not_allowed: 'Not allowed',
}

export function actionsOf(objectType: ObjectType): readonly Action[] {
  return objectType === 'payable' ? PAYABLE_ACTIONS : COMMON_ACTIONS
}

export function humanize(name: string): string {
  const text = name.replace(/_/g, ' ')
  return text[0]!.toUpperCase() + text.slice(1)
}

/** object type → action → permission; a missing entry means `not_allowed`. */
export type Matrix = Partial<Record<ObjectType, Partial<Record<Action, Permission>>>>

export function toMatrix(permissions: RolePermissions | undefined | null): Matrix {
  const matrix: Matrix = {}
  for (const object of permissions?.objects ?? []) {
    const type = (object.object_type ?? 'comment') as ObjectType
    const row: Partial<Record<Action, Permission>> = { ...matrix[type] }
    for (const action of object.actions ?? []) {
      row[(action.action_name ?? 'read') as Action] = action.permission ?? 'allowed'
    }
    matrix[type] = row
  }
  return matrix
}

/** Every object type and action written out explicitly, so the role reads the same everywhere. */
export function fromMatrix(matrix: Matrix): RolePermissions {
  const objects = [...COMMON_OBJECT_TYPES, 'payable' as const].map((objectType) => ({
    object_type: objectType,
    actions: actionsOf(objectType).map((action_name) => ({
      action_name,
      permission: matrix[objectType]?.[action_name] ?? 'not_allowed',
    })),
  }))
  return { objects } as RolePermissions
}

export function presetMatrix(preset: 'admin' | 'readOnly' | 'none'): Matrix {
  const matrix: Matrix = {}
  for (const type of [...COMMON_OBJECT_TYPES, 'payable' as const]) {
    const row: Partial<Record<Action, Permission>> = {}
    for (const action of actionsOf(type)) {
      row[action] =
        preset === 'admin' || (preset === 'readOnly' && action === 'read')
          ? 'allowed'
          : 'not_allowed'
    }
    matrix[type] = row
  }
  return matrix
}

/** How many actions a role allows at all (allowed or own-only). */
export function countAllowed(permissions: RolePermissions | undefined | null): number {
  let n = 0
  for (const object of permissions?.objects ?? []) {
    for (const action of object.actions ?? []) {
      if ((action.permission ?? 'allowed') !== 'not_allowed') n++
    }
  }
  return n
}

/** A one-word reading of a role's rights on one object type, for tables. */
export function summarize(matrix: Matrix, type: ObjectType): string {
  const values = actionsOf(type).map((a) => matrix[type]?.[a] ?? 'not_allowed')
  if (values.every((v) => v === 'allowed')) return 'Full access'
  if (values.every((v) => v === 'not_allowed')) return 'No access'
  const read = matrix[type]?.read ?? 'not_allowed'
  const others = actionsOf(type).filter((a) => a !== 'read')
  if (others.every((a) => (matrix[type]?.[a] ?? 'not_allowed') === 'not_allowed')) {
    return read === 'allowed' ? 'Read only' : 'Read own'
  }
  const nonCreate = actionsOf(type).filter((a) => a !== 'create')
  if (nonCreate.every((a) => matrix[type]?.[a] === 'allowed_for_own')) return 'Own records'
  return 'Partial'
}

export function getPermissionSummary(
  permissions: RolePermissions | undefined | null,
): Record<'entity_user' | 'role' | 'payable', string> {
  const matrix = toMatrix(permissions)
  return {
    entity_user: summarize(matrix, 'entity_user'),
    role: summarize(matrix, 'role'),
    payable: summarize(matrix, 'payable'),
  }
}
