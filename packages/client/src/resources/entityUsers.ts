import type { Client } from 'openapi-fetch'
import { callInit, unwrap } from '../call'
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
      unwrap(
        raw.GET('/entity_users', { params: { query }, ...callInit(options) }),
        'GET',
        '/entity_users',
      ),
    ),
    get: (id, options) =>
      unwrap(
        raw.GET('/entity_users/{entity_user_id}', {
          params: { path: { entity_user_id: id } },
          ...callInit(options),
        }),
        'GET',
        '/entity_users/{entity_user_id}',
      ),
    create: (body, options) =>
      unwrap(raw.POST('/entity_users', { body, ...callInit(options) }), 'POST', '/entity_users'),
    update: (id, body, options) =>
      unwrap(
        raw.PATCH('/entity_users/{entity_user_id}', {
          params: { path: { entity_user_id: id } },
          body,
          ...callInit(options),
        }),
        'PATCH',
        '/entity_users/{entity_user_id}',
      ),
    delete: async (id, options) => {
      await unwrap(
        raw.DELETE('/entity_users/{entity_user_id}', {
          params: { path: { entity_user_id: id } },
          ...callInit(options),
        }),
        'DELETE',
        '/entity_users/{entity_user_id}',
      )
    },
    me: (options) =>
      unwrap(raw.GET('/entity_users/me', callInit(options)), 'GET', '/entity_users/me'),
    updateMe: (body, options) =>
      unwrap(
        raw.PATCH('/entity_users/me', { body, ...callInit(options) }),
        'PATCH',
        '/entity_users/me',
      ),
    myRole: (options) =>
      unwrap(raw.GET('/entity_users/my_role', callInit(options)), 'GET', '/entity_users/my_role'),
    myEntity: (options) =>
      unwrap(
        raw.GET('/entity_users/my_entity', callInit(options)),
        'GET',
        '/entity_users/my_entity',
      ),
  }
}
