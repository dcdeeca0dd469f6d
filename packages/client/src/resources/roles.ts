import type { Client } from 'openapi-fetch'
import { callInit, unwrap } from '../call'
import type { MoniteCallOptions } from '../createMoniteClient'
import { listAll, type PaginateOptions, paginate } from '../paginate'
import type {
  CreateRoleInput,
  MonitePaths,
  Role,
  RoleListParams,
  RolePage,
  UpdateRoleInput,
} from '../types'

/** Typed helpers for `/roles`. Each returns the data or throws `MoniteApiError`. */
export interface MoniteRolesResource {
  /** `GET /roles`: one page. */
  list(query?: RoleListParams, options?: MoniteCallOptions): Promise<RolePage>
  /** Every page of `GET /roles`, following `next_pagination_token`. */
  pages(
    query?: RoleListParams,
    options?: MoniteCallOptions & PaginateOptions,
  ): AsyncGenerator<RolePage, void, undefined>
  /** Every role across all pages. */
  listAll(
    query?: RoleListParams,
    options?: MoniteCallOptions & PaginateOptions,
  ): AsyncGenerator<Role, void, undefined>
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
  const resource: MoniteRolesResource = {
    list: (query, options) =>
      unwrap(raw.GET('/roles', { params: { query }, ...callInit(options) }), 'GET', '/roles'),
    pages: (query, options) =>
      paginate<RolePage['data'][number], RoleListParams, RolePage>(
        (q) => resource.list(q, options),
        query,
        options,
      ),
    listAll: (query, options) => listAll((q) => resource.list(q, options), query, options),
    get: (id, options) =>
      unwrap(
        raw.GET('/roles/{role_id}', { params: { path: { role_id: id } }, ...callInit(options) }),
        'GET',
        '/roles/{role_id}',
      ),
    create: (body, options) =>
      unwrap(raw.POST('/roles', { body, ...callInit(options) }), 'POST', '/roles'),
    update: (id, body, options) =>
      unwrap(
        raw.PATCH('/roles/{role_id}', {
          params: { path: { role_id: id } },
          body,
          ...callInit(options),
        }),
        'PATCH',
        '/roles/{role_id}',
      ),
    delete: async (id, options) => {
      await unwrap(
        raw.DELETE('/roles/{role_id}', { params: { path: { role_id: id } }, ...callInit(options) }),
        'DELETE',
        '/roles/{role_id}',
      )
    },
  }
  return resource
}
