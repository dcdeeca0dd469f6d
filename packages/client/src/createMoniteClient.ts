import createClient, { type Client } from 'openapi-fetch'
import { createTokenManager } from './auth'
import { createCall } from './call'
import type { MoniteCallOptions, MoniteClientOptions } from './clientOptions'
import { MONITE_API_VERSION } from './environments'
import { MoniteClientError } from './errors'
import type { paths } from './generated/monite'
import { entityScope } from './generated/operations'
import { checkOptions } from './options'
import { createAuthResource, type MoniteAuthResource } from './resources/auth'
import { createEntityUsersResource, type MoniteEntityUsersResource } from './resources/entityUsers'
import { createRolesResource, type MoniteRolesResource } from './resources/roles'
import { createTransport, requestTransport, type TransportCall } from './transport'
import type { MonitePaths } from './types'

/** A call as `setEntity` reads it: a call's `entityId` wins over the header and the default. */
type EntityCall = TransportCall & Pick<MoniteCallOptions, 'entityId'>

/** The object {@link createMoniteClient} returns. */
export interface MoniteClient<Paths extends {} = paths> {
  /** The API root in use, e.g. `https://api.sandbox.monite.com/v1`. */
  readonly baseUrl: string
  /** The default entity id, if any. */
  readonly entityId: string | undefined
  /** The `x-monite-version` sent. */
  readonly apiVersion: string
  /**
   * Who the client acts as, for cache keys, or `undefined` when unknown; see
   * {@link MoniteClientOptions.scope}.
   */
  readonly scope: string | undefined
  /**
   * The underlying openapi-fetch client (`GET`, `POST`, …, `use()` for middleware), typed from
   * the generated `paths` with the Monite headers filled in for you. Its middleware runs on its
   * own calls; the helpers skip openapi-fetch (see the `fetch` option to see every request).
   */
  readonly raw: Client<MonitePaths<Paths>>
  /** `/entity_users` operations. */
  readonly entityUsers: MoniteEntityUsersResource
  /** `/roles` operations. */
  readonly roles: MoniteRolesResource
  /** `/auth` operations and the token cache. */
  readonly auth: MoniteAuthResource
  /** A client for another entity that shares this one's token cache and transport. */
  withEntity(entityId: string): MoniteClient<Paths>
}

/**
 * Creates a Monite API client: typed helpers for entity users, roles and auth, the raw
 * openapi-fetch client for everything else, token caching and refresh, retries and typed errors.
 *
 * @example Partner backend
 * ```ts
 * import { createMoniteClient } from '@monite-kit/client'
 *
 * const monite = createMoniteClient({
 *   environment: 'sandbox',
 *   entityId: process.env.MONITE_ENTITY_ID,
 *   auth: {
 *     type: 'partner',
 *     clientId: process.env.MONITE_CLIENT_ID!,
 *     clientSecret: process.env.MONITE_CLIENT_SECRET!,
 *   },
 * })
 * const role = await monite.roles.create({ name: 'Viewer', permissions: { objects: [] } })
 * for await (const user of monite.entityUsers.listAll({ status: 'active' })) console.log(user.login)
 * ```
 *
 * @example Browser, token minted by your backend
 * ```ts
 * const monite = createMoniteClient({
 *   environment: 'eu',
 *   auth: { type: 'fetchToken', fetchToken: () => fetch('/api/monite-token').then((r) => r.json()) },
 * })
 * const me = await monite.entityUsers.me()
 * ```
 */
export function createMoniteClient<Paths extends {} = paths>(
  options: MoniteClientOptions,
): MoniteClient<Paths> {
  const [baseUrl, retry] = checkOptions(options)
  const auth = options.auth
  const apiVersion = options.apiVersion ?? MONITE_API_VERSION
  // Only partner and entity-user credentials name the actor.
  const actor =
    auth?.type === 'partner' ? auth.clientId : auth?.type === 'entity_user' && auth.entityUserId
  // `partner:<clientId>` or `entity_user:<entityUserId>`.
  const actorScope = actor ? `${auth?.type}:${actor}` : undefined
  const scope = options.scope || actorScope
  const tokens =
    auth &&
    createTokenManager(
      async (signal) =>
        auth.type === 'token'
          ? auth.token
          : auth.type === 'fetchToken'
            ? auth.fetchToken({ signal })
            : // POST /auth/token goes through the client itself (retries, timeouts, errors);
              // the transport never puts a bearer token on it.
              root.auth.token(
                {
                  grant_type: auth.type === 'partner' ? 'client_credentials' : auth.type,
                  client_id: auth.clientId,
                  client_secret: auth.clientSecret,
                  entity_user_id: (auth as { entityUserId?: string }).entityUserId,
                },
                { signal },
              ),
      // A fixed token cannot be refreshed.
      auth.type !== 'token',
      options.tokenRefreshMarginMs ?? 60_000,
      options.tokenTimeoutMs ?? 10_000,
      actor ? options.tokenStore : undefined,
      // The tokenStore key, never a secret: `<API root> partner:<clientId>`, or
      // `<API root> entity_user:<entityUserId> <clientId> <entityId>`.
      `${baseUrl} ${actorScope}${auth.type === 'entity_user' ? ` ${auth.clientId} ${options.entityId}` : ''}`,
    )

  const transport = createTransport(options.fetch, tokens, retry, options.timeoutMs)

  const fetch = requestTransport(transport)
  // Sent unless the call or options.headers set it.
  const headers = { 'x-monite-version': apiVersion, ...options.headers }
  const build = (entityId: string | undefined): MoniteClient<Paths> => {
    // A call's own `entityId` wins, then an explicit header, then the client's default.
    const setEntity = ({ headers, method, schemaPath, entityId: callEntityId }: EntityCall) => {
      // 1: needs the header; 0: must not get it; undefined: not in the project's document.
      // Known operations get the default only where Monite requires it; operations outside the
      // project's document (full-API types) get it whenever one is configured.
      const scoped = entityScope[schemaPath as string]
      const id = callEntityId || headers.get('x-monite-entity-id') || (scoped !== 0 && entityId)
      if (id) headers.set('x-monite-entity-id', id)
      else if (scoped === 1) {
        throw new MoniteClientError(
          'missing_entity_id',
          `${method} ${schemaPath} needs entityId (x-monite-entity-id)`,
        )
      }
    }
    const raw = createClient<MonitePaths<Paths>>({ baseUrl, fetch, headers })
    raw.use({
      // openapi-fetch upper-cases the method and copies a call's `entityId` onto the Request;
      // this middleware runs before any other. The transport reads `schemaPath` off it too.
      onRequest: ({ request, schemaPath }) => {
        ;(request as Request & EntityCall).schemaPath = schemaPath
        setEntity(request)
      },
    })
    // The helpers below are typed against the project's own paths.
    const call = createCall(transport, baseUrl, headers, setEntity)
    return {
      baseUrl,
      entityId,
      apiVersion,
      scope,
      raw,
      entityUsers: createEntityUsersResource(call),
      roles: createRolesResource(call),
      auth: createAuthResource(call, tokens, auth),
      withEntity: build,
    }
  }
  const root = build(options.entityId)
  return root
}
