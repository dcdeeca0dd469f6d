import type { Call } from '../call'
import type { MoniteCallOptions } from '../clientOptions'
import type { paths } from '../generated/monite'
import type { MoniteListMethods } from '../paginate'
import type {
  CreateEntityUserInput,
  Entity,
  EntityUser,
  EntityUserListParams,
  EntityUserPage,
  Role,
  UpdateEntityUserInput,
  UpdateMeInput,
} from '../types'
import { collection } from './collection'

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
export const createEntityUsersResource = (call: Call): MoniteEntityUsersResource => {
  // A GET without parameters.
  const get =
    <T>(path: keyof paths) =>
    (options?: MoniteCallOptions) =>
      call<T>('GET', path, options)
  return {
    ...collection<
      EntityUserListParams,
      EntityUserPage,
      CreateEntityUserInput,
      UpdateEntityUserInput
    >(call, '/entity_users', '/entity_users/{entity_user_id}', 'entity_user_id'),
    me: get<EntityUser>('/entity_users/me'),
    updateMe: (body, options) => call('PATCH', '/entity_users/me', options, {}, body),
    myRole: get<Role>('/entity_users/my_role'),
    myEntity: get<Entity>('/entity_users/my_entity'),
  }
}
