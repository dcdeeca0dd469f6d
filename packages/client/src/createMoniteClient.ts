import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { type MoniteAuth, type MoniteTokenResult, TokenManager } from './auth'
import { MONITE_API_VERSION, MONITE_ENVIRONMENTS, type MoniteEnvironment } from './environments'
import { MoniteClientError } from './errors'
import type { paths } from './generated/monite'
import { entityScope } from './generated/operations'
import { createAuthResource, type MoniteAuthResource } from './resources/auth'
import { createEntityUsersResource, type MoniteEntityUsersResource } from './resources/entityUsers'
import { createRolesResource, type MoniteRolesResource } from './resources/roles'
import { type MoniteRetryOptions, resolveRetry } from './retry'
import { createTransport, type MoniteFetch } from './transport'
import type { MonitePaths } from './types'

/**
 * Options of {@link createMoniteClient}. Give `environment` or `baseUrl`, and `auth`.
 */
export interface MoniteClientOptions {
  /** A named Monite host: `sandbox`, `eu`, `na` or `dev`. Ignored when `baseUrl` is set. */
  environment?: MoniteEnvironment
  /** The API root, ending in `/v1` (e.g. a proxy or the fake API). Wins over `environment`. */
  baseUrl?: string
  /** Sent as `x-monite-version`. Default `2024-05-25`, the version the types describe. */
  apiVersion?: string
  /** Default `x-monite-entity-id` for the operations that need it; calls may override it. */
  entityId?: string
  /** How to authenticate; see {@link MoniteAuth}. Omit only to call `auth.token()` yourself. */
  auth?: MoniteAuth
  /**
   * The `fetch` to use. Default: `globalThis.fetch`, looked up at call time (so MSW and other
   * interceptors installed later still see requests).
   */
  fetch?: MoniteFetch
  /** Retry policy, or `false` for none. See {@link MoniteRetryOptions}. */
  retry?: MoniteRetryOptions | false
  /** Abort a call (including its retries) after this many ms. Default: no timeout. */
  timeoutMs?: number
  /** Refresh a token this long before it expires (capped at 10% of its lifetime). Default 60 s. */
  tokenRefreshMarginMs?: number
  /** Extra headers sent with every request. */
  headers?: Record<string, string>
  /**
   * Who the client acts as, for cache keys (e.g. TanStack Query): two clients with different
   * scopes never share cached `/me` or `/my_role` answers. Default: derived from `auth` where
   * it names the actor (`partner:<clientId>`, `entity_user:<entityUserId>`); `undefined` for
   * `fetchToken`, `token` and no auth, whose actor the client cannot know. Set it for those,
   * e.g. to the signed-in user's id. Never put a secret or a token here.
   */
  scope?: string
}

/** Per-call options of the resource helpers. */
export interface MoniteCallOptions {
  /** Overrides the client's `entityId` for this call. */
  entityId?: string
  /** Cancels the call. */
  signal?: AbortSignal
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number
  /** Extra headers for this call. */
  headers?: Record<string, string>
}

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
   * the generated `paths` with the Monite headers filled in for you.
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

function resolveBaseUrl(options: MoniteClientOptions): string {
  if (options.baseUrl !== undefined) {
    let url: URL
    try {
      url = new URL(options.baseUrl)
    } catch (cause) {
      throw new MoniteClientError('invalid_options', `baseUrl is not a URL: ${options.baseUrl}`, {
        cause,
      })
    }
    return url.href.replace(/\/+$/, '')
  }
  const env = options.environment ?? 'sandbox'
  const url = MONITE_ENVIRONMENTS[env]
  if (!url) {
    throw new MoniteClientError(
      'invalid_options',
      `Unknown environment "${String(env)}"; use one of ${Object.keys(MONITE_ENVIRONMENTS).join(', ')} or pass baseUrl`,
    )
  }
  return url
}

const AUTH_FIELDS: Record<MoniteAuth['type'], string[]> = {
  partner: ['clientId', 'clientSecret'],
  entity_user: ['clientId', 'clientSecret', 'entityUserId'],
  fetchToken: ['fetchToken'],
  token: ['token'],
}

function validateAuth(auth: MoniteAuth | undefined): void {
  if (auth === undefined) return
  const fields = AUTH_FIELDS[auth.type]
  const missing = fields
    ? fields.find((f) => !(auth as unknown as Record<string, unknown>)[f])
    : 'a known type'
  if (missing) {
    throw new MoniteClientError(
      'invalid_options',
      `auth (type "${String(auth.type)}") needs ${missing}`,
    )
  }
}

interface Shared {
  baseUrl: string
  apiVersion: string
  transport: MoniteFetch
  tokens: TokenManager | null
  options: MoniteClientOptions
}

const TOKEN_PATH = /\/auth\/token(?:[?#]|$)/

function deriveScope(options: MoniteClientOptions): string | undefined {
  if (options.scope) return options.scope
  const auth = options.auth
  if (auth?.type === 'partner') return `partner:${auth.clientId}`
  if (auth?.type === 'entity_user') return `entity_user:${auth.entityUserId}`
  return undefined
}

/** 1: needs `x-monite-entity-id`; 0: must not get it; undefined: not in the project's document. */
function lookupOperation(method: string, schemaPath: string): 0 | 1 | undefined {
  return entityScope[`${method.toUpperCase()} ${schemaPath}`]
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
  if (options === null || typeof options !== 'object') {
    throw new MoniteClientError('invalid_options', 'createMoniteClient needs an options object')
  }
  validateAuth(options.auth)
  const baseUrl = resolveBaseUrl(options)
  const apiVersion = options.apiVersion ?? MONITE_API_VERSION
  const baseFetch: MoniteFetch = options.fetch ?? ((request) => globalThis.fetch(request))
  const retry = resolveRetry(options.retry)

  const auth = options.auth
  const tokens: TokenManager | null = auth
    ? new TokenManager({
        canRefresh: auth.type !== 'token',
        refreshMarginMs: options.tokenRefreshMarginMs ?? 60_000,
        now: () => Date.now(),
        source: async (): Promise<MoniteTokenResult> => {
          switch (auth.type) {
            case 'token':
              return auth.token
            case 'fetchToken':
              try {
                return await auth.fetchToken()
              } catch (cause) {
                throw new MoniteClientError('token', 'fetchToken() failed', { cause })
              }
            // POST /auth/token goes through the client itself (retries, timeouts, errors); the
            // transport never puts a bearer token on it.
            case 'partner':
              return root.auth.token({
                grant_type: 'client_credentials',
                client_id: auth.clientId,
                client_secret: auth.clientSecret,
              })
            case 'entity_user':
              return root.auth.token({
                grant_type: 'entity_user',
                client_id: auth.clientId,
                client_secret: auth.clientSecret,
                entity_user_id: auth.entityUserId,
              })
          }
        },
      })
    : null

  const transport = createTransport({
    fetch: baseFetch,
    tokens,
    retry,
    timeoutMs: options.timeoutMs,
    isUnauthenticated: (url) => TOKEN_PATH.test(url),
  })

  const root: MoniteClient<Paths> = buildClient<Paths>(
    { baseUrl, apiVersion, transport, tokens, options },
    options.entityId,
  )
  return root
}

function buildClient<Paths extends {}>(
  shared: Shared,
  entityId: string | undefined,
): MoniteClient<Paths> {
  const { baseUrl, apiVersion, transport, options } = shared
  const raw = createClient<MonitePaths<Paths>>({
    baseUrl,
    fetch: transport,
    headers: options.headers,
  })
  const moniteHeaders: Middleware = {
    onRequest({ request, schemaPath }) {
      const headers = request.headers
      if (!headers.has('x-monite-version')) headers.set('x-monite-version', apiVersion)
      const scoped = lookupOperation(request.method, schemaPath)
      if (headers.has('x-monite-entity-id')) return undefined
      if (entityId) {
        // Known operations get the header only where Monite requires it; operations outside
        // the project's document (full-API types) get it whenever a default is configured.
        if (scoped !== 0) headers.set('x-monite-entity-id', entityId)
      } else if (scoped === 1) {
        throw new MoniteClientError(
          'missing_entity_id',
          `${request.method} ${schemaPath} needs x-monite-entity-id: pass entityId to createMoniteClient() or to the call`,
        )
      }
      return undefined
    },
  }
  raw.use(moniteHeaders)

  // The helpers below are typed against the project's own paths.
  const typed = raw as unknown as Client<MonitePaths<paths>>
  const client: MoniteClient<Paths> = {
    baseUrl,
    entityId,
    apiVersion,
    scope: deriveScope(options),
    raw,
    entityUsers: createEntityUsersResource(typed),
    roles: createRolesResource(typed),
    auth: createAuthResource(typed, shared.tokens, options.auth),
    withEntity: (id: string) => buildClient<Paths>(shared, id),
  }
  return client
}
