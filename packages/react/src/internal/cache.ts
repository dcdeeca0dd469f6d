import type {
  EntityUser,
  Role,
  UpdateEntityUserInput,
  UpdateMeInput,
  UpdateRoleInput,
} from '@monite-kit/client'

/** @internal */
export type Rollback = () => void

/** @internal */
export const noop: Rollback = () => {}

const nullableUserFields = ['email', 'last_name', 'phone'] as const
const requiredUserFields = ['first_name', 'login', 'role_id'] as const

/**
 * @internal What an entity user will look like after a PATCH: `null` clears nullable fields;
 * `null` for fields Monite never returns as null is left to the server; `title` is not returned.
 */
export function applyEntityUserPatch(
  user: EntityUser,
  body: UpdateEntityUserInput | UpdateMeInput,
): EntityUser {
  const next: EntityUser = { ...user }
  const values = body as Partial<Record<string, string | null>>
  for (const field of nullableUserFields) {
    const value = values[field]
    if (value !== undefined) next[field] = value
  }
  for (const field of requiredUserFields) {
    const value = values[field]
    if (typeof value === 'string') next[field] = value
  }
  return next
}

/** @internal What a role will look like after a PATCH. */
export function applyRolePatch(role: Role, body: UpdateRoleInput): Role {
  return {
    ...role,
    ...(typeof body.name === 'string' ? { name: body.name } : {}),
    ...(body.permissions ? { permissions: body.permissions } : {}),
  }
}
