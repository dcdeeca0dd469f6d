import type { Client } from 'openapi-fetch'
import { unwrap } from '../call'
import type { MoniteCallOptions } from '../createMoniteClient'
import { listMethods, type MoniteListMethods } from '../paginate'
import type {
  CreateEntityUserInput,
  Entity,
  EntityUser,
  EntityUserListParams,
  EntityUserPage,
  MonitePaths,
  Role,
  UpdateEntityUserInput,
  UpdateMeInput,
} from '../types'

/** Typed helpers for `/entity_users`. Each returns the data or throws `MoniteApiError`. */
export interface MoniteEntityUsersResource
  extends MoniteListMethods<EntityUserListParams, EntityUserPage> {
  /** `GET /entity_users/{entity_user_id}`. */
  get(entityUserId: string, options?: MoniteCallOptions): Promise<EntityUser>
  /** `POST /entity_users`. */
  create(body: CreateEntityUserInput, options?: MoniteCallOptions): Promise<EntityUser>
  /** `PATCH /entity_users/{entity_user_id}`. */
  update(
    entityUserId: string,
    body: UpdateEntityUserInput,
    options?: MoniteCallOptions,
  ): Promise<EntityUser>
  /** `DELETE /entity_users/{entity_user_id}` (204). */
  delete(entityUserId: string, options?: MoniteCallOptions): Promise<void>
  /** `GET /entity_users/me`: the user an entity-user token belongs to. */
  me(options?: MoniteCallOptions): Promise<EntityUser>
  /** `PATCH /entity_users/me`. */
  updateMe(body: UpdateMeInput, options?: MoniteCallOptions): Promise<EntityUser>
  /** `GET /entity_users/my_role`: the current user's role and permissions. */
  myRole(options?: MoniteCallOptions): Promise<Role>
  /** `GET /entity_users/my_entity`: the current user's entity. */
  myEntity(options?: MoniteCallOptions): Promise<Entity>
}

/** @internal */
export function createEntityUsersResource(raw: Client<MonitePaths>): MoniteEntityUsersResource {
  return {
    ...listMethods<EntityUserListParams, EntityUserPage>((query, options) =>
      unwrap(raw.GET('/entity_users', { ...options, params: { query } }), 'GET', '/entity_users'),
    ),
    get: (id, options) =>
      unwrap(
        raw.GET('/entity_users/{entity_user_id}', {
          ...options,
          params: { path: { entity_user_id: id } },
        }),
        'GET',
        '/entity_users/{entity_user_id}',
      ),
    create: (body, options) =>
      unwrap(raw.POST('/entity_users', { ...options, body }), 'POST', '/entity_users'),
    update: (id, body, options) =>
      unwrap(
        raw.PATCH('/entity_users/{entity_user_id}', {
          ...options,
          params: { path: { entity_user_id: id } },
          body,
        }),
        'PATCH',
        '/entity_users/{entity_user_id}',
      ),
    delete: async (id, options) => {
      await unwrap(
        raw.DELETE('/entity_users/{entity_user_id}', {
          ...options,
          params: { path: { entity_user_id: id } },
        }),
        'DELETE',
        '/entity_users/{entity_user_id}',
      )
    },
    me: (options) => unwrap(raw.GET('/entity_users/me', { ...options }), 'GET', '/entity_users/me'),
    updateMe: (body, options) =>
      unwrap(raw.PATCH('/entity_users/me', { ...options, body }), 'PATCH', '/entity_users/me'),
    myRole: (options) =>
      unwrap(raw.GET('/entity_users/my_role', { ...options }), 'GET', '/entity_users/my_role'),
    myEntity: (options) =>
      unwrap(raw.GET('/entity_users/my_entity', { ...options }), 'GET', '/entity_users/my_entity'),
  }
}
