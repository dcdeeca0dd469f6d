import type { Client } from 'openapi-fetch'
import { unwrap } from '../call'
import type { MoniteCallOptions } from '../createMoniteClient'
import { listMethods, type MoniteListMethods } from '../paginate'
import type {
  CreateRoleInput,
  MonitePaths,
  Role,
  RoleListParams,
  RolePage,
  UpdateRoleInput,
} from '../types'

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
export function createRolesResource(raw: Client<MonitePaths>): MoniteRolesResource {
  return {
    ...listMethods<RoleListParams, RolePage>((query, options) =>
      unwrap(raw.GET('/roles', { ...options, params: { query } }), 'GET', '/roles'),
    ),
    get: (id, options) =>
      unwrap(
        raw.GET('/roles/{role_id}', { ...options, params: { path: { role_id: id } } }),
        'GET',
        '/roles/{role_id}',
      ),
    create: (body, options) => unwrap(raw.POST('/roles', { ...options, body }), 'POST', '/roles'),
    update: (id, body, options) =>
      unwrap(
        raw.PATCH('/roles/{role_id}', {
          ...options,
          params: { path: { role_id: id } },
          body,
        }),
        'PATCH',
        '/roles/{role_id}',
      ),
    delete: async (id, options) => {
      await unwrap(
        raw.DELETE('/roles/{role_id}', { ...options, params: { path: { role_id: id } } }),
        'DELETE',
        '/roles/{role_id}',
      )
    },
  }
}
