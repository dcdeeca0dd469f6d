// The options a client is created with and a call takes: types only, imported by the modules
// that read them (so that none of those imports `createMoniteClient`).
import type { MoniteAuth } from './auth'
import type { MoniteEnvironment } from './environments'
import type { MoniteRetryOptions } from './retry'
import type { MoniteTokenStore } from './tokenStore'

/** A `fetch` that takes a `Request`, as openapi-fetch calls it. */
export type MoniteFetch = (request: Request) => Promise<Response>

/** Per-request extras the transport reads from the `Request` object (set by openapi-fetch). */
export interface MoniteRequestExtras {
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number
}

/**
 * Options of {@link createMoniteClient}. Give `environment` or `baseUrl`, and `auth`.
 */
export interface MoniteClientOptions {
  /** A named Monite host: `sandbox`, `eu`, `na` or `dev`. Ignored when `baseUrl` is set. */
  environment?: MoniteEnvironment
  /**
   * The API root (Monite's end in `/v1`; a proxy's or the fake API's may be any path): an
   * absolute http(s) URL with a path, no query, fragment or credentials. Wins over `environment`.
   */
  baseUrl?: string
  /** Sent as `x-monite-version`. Default `2024-05-25`, the version the types describe. */
  apiVersion?: string
  /** Default `x-monite-entity-id` for the operations that need it; calls may override it. */
  entityId?: string
  /** How to authenticate; see {@link MoniteAuth}. Omit only to call `auth.token()` yourself. */
  auth?: MoniteAuth
  /**
   * The `fetch` to use; it gets every attempt of every call (helpers, `raw`, token requests,
   * retries) as a `Request`, so it is also the place to log or trace all traffic. Default:
   * `globalThis.fetch`, looked up at call time (so MSW and other interceptors installed later
   * still see requests).
   */
  fetch?: MoniteFetch
  /** Retry policy, or `false` for none. See {@link MoniteRetryOptions}. */
  retry?: MoniteRetryOptions | false
  /**
   * Each call's deadline, in ms, over everything it does: the token wait, every attempt, the
   * retry waits and reading the body. 0 to 2147483647; `0`: none. Default: none.
   */
  timeoutMs?: number
  /** Refresh a token this long before it expires (capped at 10% of its lifetime). Default 60 s. */
  tokenRefreshMarginMs?: number
  /**
   * The deadline of one token request (`POST /auth/token` or `fetchToken()`), shared by every
   * call that waits for it; past it the request is abandoned (its signal aborts) and the next
   * call starts a new one. Also the TTL of the `tokenStore`'s lock; a whole acquisition (waiting
   * for another holder of that lock included) ends after 3 x `tokenTimeoutMs`. A call still ends
   * at its own `timeoutMs` or signal. Default 10 s.
   */
  tokenTimeoutMs?: number
  /**
   * Where tokens are kept: share one store between clients, or a shared one (e.g.
   * `@monite-kit/token-store-redis`) between processes, so that they make one token request per
   * expiry between them. Used for partner and entity-user auth; `token` and `fetchToken`
   * clients keep their token to themselves. Default: in this client's memory. See
   * {@link MoniteTokenStore}.
   */
  tokenStore?: MoniteTokenStore
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
  /** Overrides the client's `timeoutMs` for this call (`0`: no deadline). */
  timeoutMs?: number
  /** Extra headers for this call. */
  headers?: Record<string, string>
}
