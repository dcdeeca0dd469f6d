import type { Call } from '../call'
import type { MoniteCallOptions } from '../clientOptions'
import type { MoniteListMethods } from '../paginate'
import type { CreateRoleInput, Role, RoleListParams, RolePage, UpdateRoleInput } from '../types'
import { collection } from './collection'

/** Typed helpers for `/roles`. Each returns the data or throws `MoniteApiError`. */
export interface MoniteRolesResource extends MoniteListMethods<RoleListParams, RolePage> {
  /** `GET /roles/{role_id}`. */
  get(roleId: string, options?: MoniteCallOptions): Promise<Role>
  /** `POST /roles`. A duplicate name in the entity answers 409. */
  create(body: CreateRoleInput, options?: MoniteCallOptions): Promise<Role>
  /** `PATCH /roles/{role_id}`. */
  update(roleId: string, body: UpdateRoleInput, options?: MoniteCallOptions): Promise<Role>
  /** `DELETE /roles/{role_id}` (204). A role still assigned to users answers 409. */
  delete(roleId: string, options?: MoniteCallOptions): Promise<void>
}

/** @internal */
export const createRolesResource = (call: Call): MoniteRolesResource => {
  return collection<RoleListParams, RolePage, CreateRoleInput, UpdateRoleInput>(
    call,
    '/roles',
    '/roles/{role_id}',
    'role_id',
  )
}
