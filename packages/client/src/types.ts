import type { components, paths } from './generated/monite'

/** Headers the client fills in itself; callers never have to pass them. */
export type MoniteManagedHeader = 'x-monite-version' | 'x-monite-entity-id'

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]

type ManagedHeaders = { 'x-monite-entity-id'?: string; 'x-monite-version'?: string }

type StripHeader<H> = Omit<H, MoniteManagedHeader> & ManagedHeaders

type WithoutHeader<P> = { [K in keyof P as K extends 'header' ? never : K]: P[K] }

type StripParams<P> = P extends { header?: infer H }
  ? [NonNullable<H>] extends [never]
    ? P
    : RequiredKeys<Omit<NonNullable<H>, MoniteManagedHeader>> extends never
      ? WithoutHeader<P> & { header?: StripHeader<NonNullable<H>> }
      : WithoutHeader<P> & { header: StripHeader<NonNullable<H>> }
  : P

type StripOperation<O> = {
  [K in keyof O]: K extends 'parameters' ? StripParams<O[K]> : O[K]
}

/**
 * A generated `paths` type with `x-monite-version` removed and `x-monite-entity-id` made optional
 * in every operation, because the client sends them. Works with any openapi-typescript output
 * of a Monite document, including the full Partner API.
 */
export type MonitePaths<P = paths> = {
  [Path in keyof P]: { [Method in keyof P[Path]]: StripOperation<P[Path][Method]> }
}

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : never
type OkResponse<O> = O extends { responses: infer R }
  ? R extends { 200: infer X }
    ? JsonContent<X>
    : R extends { 201: infer X }
      ? JsonContent<X>
      : never
  : never
type JsonBody<O> = O extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

/** An entity user, as Monite returns it. */
export type EntityUser = OkResponse<paths['/entity_users/{entity_user_id}']['get']>
/** One page of `GET /entity_users`. */
export type EntityUserPage = OkResponse<paths['/entity_users']['get']>
/** Query of `GET /entity_users`: filters, `sort`, `order`, `limit`, `pagination_token`. */
export type EntityUserListParams = QueryOf<paths['/entity_users']['get']>
/** Body of `POST /entity_users`. */
export type CreateEntityUserInput = JsonBody<paths['/entity_users']['post']>
/** Body of `PATCH /entity_users/{entity_user_id}`. */
export type UpdateEntityUserInput = JsonBody<paths['/entity_users/{entity_user_id}']['patch']>
/** Body of `PATCH /entity_users/me`. */
export type UpdateMeInput = JsonBody<paths['/entity_users/me']['patch']>
/** The entity of the current entity user (`GET /entity_users/my_entity`). */
export type Entity = OkResponse<paths['/entity_users/my_entity']['get']>

/** A role, as Monite returns it. */
export type Role = OkResponse<paths['/roles/{role_id}']['get']>
/** One page of `GET /roles`. */
export type RolePage = OkResponse<paths['/roles']['get']>
/** Query of `GET /roles`. */
export type RoleListParams = QueryOf<paths['/roles']['get']>
/** Body of `POST /roles`. */
export type CreateRoleInput = JsonBody<paths['/roles']['post']>
/** Body of `PATCH /roles/{role_id}`. */
export type UpdateRoleInput = JsonBody<paths['/roles/{role_id}']['patch']>
/** A role's permissions: `{ objects: [{ object_type, actions: [{ action_name, permission }] }] }`. */
export type RolePermissions = Role['permissions']

/** Body of `POST /auth/token`. */
export type TokenRequest = JsonBody<paths['/auth/token']['post']>
/** Answer of `POST /auth/token`. */
export type AccessToken = OkResponse<paths['/auth/token']['post']>
/** Body of `POST /auth/revoke`. */
export type RevokeTokenInput = JsonBody<paths['/auth/revoke']['post']>

/** All schemas of the project's Monite document. */
export type MoniteSchemas = components['schemas']
