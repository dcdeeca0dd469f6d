import { parseRetryAfter } from './retry'

/** One item of Monite's 422 body: `{ detail: [{ loc, msg, type }] }`. */
export interface MoniteValidationIssue {
  /** Where the problem is, e.g. `['body', 'first_name']`. */
  loc: (string | number)[]
  /** Human-readable message. */
  msg: string
  /** Machine-readable error type, e.g. `missing`. */
  type: string
}

/** What the client knew about the request that failed. */
export interface MoniteRequestInfo {
  method: string
  /** The URL path that was called, e.g. `/v1/entity_users/123`. */
  path: string
}

export interface MoniteApiErrorInit extends MoniteRequestInfo {
  status: number
  message: string
  body?: unknown
  detail?: MoniteValidationIssue[]
  requestId?: string | null
  retryAfterMs?: number | null
  cause?: unknown
}

/**
 * The error every `@monite-kit/client` helper throws for a non-2xx answer from Monite.
 *
 * `message` is Monite's own message (`error.message`, or the 422 `detail` list joined; for a
 * body that is not Monite's, such as a proxy's HTML page, `"<METHOD> <path> failed with HTTP <status>"`),
 * `status` the HTTP status, `detail` the typed 422 items, `requestId` the `x-request-id`
 * to quote to Monite's support.
 *
 * @example
 * ```ts
 * try {
 *   await client.entityUsers.create({ first_name: 'Ada', login: 'ada' })
 * } catch (err) {
 *   if (isMoniteApiError(err) && err.status === 422) {
 *     for (const issue of err.detail ?? []) console.log(issue.loc.join('.'), issue.msg)
 *   }
 * }
 * ```
 */
export class MoniteApiError extends Error {
  override readonly name = 'MoniteApiError'
  /** HTTP status. */
  declare readonly status: number
  /** HTTP method of the failed request. */
  declare readonly method: string
  /** URL path of the failed request. */
  declare readonly path: string
  /** The 422 validation items, when Monite sent them. */
  declare readonly detail: MoniteValidationIssue[] | undefined
  /** The `x-request-id` response header, when present. */
  declare readonly requestId: string | null
  /** For 429: how long Monite asked to wait, in milliseconds. */
  declare readonly retryAfterMs: number | null
  /** The parsed response body (JSON) or its text when it was not JSON. */
  declare readonly body: unknown

  constructor(init: MoniteApiErrorInit) {
    // Error sets `cause` only when `init` has that key.
    super(init.message, init)
    Object.assign(this, init)
    this.requestId ??= null
    this.retryAfterMs ??= null
  }
}

/** Why the client refused or could not finish a request without an HTTP answer. */
export type MoniteClientErrorCode =
  | 'invalid_options'
  | 'missing_entity_id'
  | 'timeout'
  | 'network'
  | 'token'
  | 'invalid_response'

/**
 * An error raised by the client itself, before or instead of an answer from Monite:
 * bad options, a missing `x-monite-entity-id`, a timeout, a network failure after retries
 * (the body included), a failed token request, or a 2xx that is not what the operation declares.
 * `code` tells which; `cause` holds the underlying error. The README's error table lists every case.
 *
 * @example
 * ```ts
 * try {
 *   await client.roles.list()
 * } catch (err) {
 *   if (isMoniteClientError(err) && err.code === 'missing_entity_id') {
 *     // pass { entityId } to createMoniteClient or to the call
 *   }
 * }
 * ```
 */
export class MoniteClientError extends Error {
  override readonly name = 'MoniteClientError'
  declare readonly code: MoniteClientErrorCode

  constructor(code: MoniteClientErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}

/** One of this package's errors, or one from another copy of it: same name, `key` of `type`. */
const looksLike = (error: unknown, name: string, key: string, type: string): boolean => {
  return (
    error instanceof Error &&
    error.name === name &&
    typeof (error as unknown as Record<string, unknown>)[key] === type
  )
}

/**
 * Type guard for {@link MoniteApiError}; works across bundle copies (checks the shape, not only
 * `instanceof`).
 *
 * @example
 * ```ts
 * if (isMoniteApiError(err) && err.status === 404) return null
 * ```
 */
export const isMoniteApiError = (error: unknown): error is MoniteApiError => {
  return looksLike(error, 'MoniteApiError', 'status', 'number')
}

/**
 * Type guard for {@link MoniteClientError}.
 *
 * @example
 * ```ts
 * if (isMoniteClientError(err) && err.code === 'timeout') retryLater()
 * ```
 */
export const isMoniteClientError = (error: unknown): error is MoniteClientError => {
  return looksLike(error, 'MoniteClientError', 'code', 'string')
}

/** An error body as far as it is read: any value (`?.` on a string or a number is `undefined`). */
type Body =
  | { error?: { message?: unknown }; detail?: unknown; message?: unknown }
  | null
  | undefined

/** Monite's message in an error body, if it has one. */
const messageOf = (body: unknown, detail: MoniteValidationIssue[] | undefined): unknown => {
  const text = typeof body === 'string' && body.trim()
  return [
    // A text body is the message, cut at 200 characters; an HTML page (e.g. a proxy's 502) is none.
    text && text[0] !== '<' && (text.length > 200 ? `${text.slice(0, 200)}…` : text),
    (body as Body)?.error?.message,
    detail?.map((d) => `${d.loc.join('.')}: ${d.msg}`).join('; '),
    (body as Body)?.detail,
    (body as Body)?.message,
  ].find((text) => text && typeof text === 'string')
}

/**
 * Builds a {@link MoniteApiError} from an error answer. Accepts Monite's `{ error: { message } }`,
 * the 422 `{ detail: [...] }`, or anything else (an HTML page from a proxy, an empty body). What
 * the client's helpers throw; for `client.raw` calls, which return `{ error }` instead.
 *
 * @example
 * ```ts
 * const { data, error, response } = await client.raw.GET('/payables')
 * if (error !== undefined) throw toMoniteApiError(response, error, 'GET', '/payables')
 * ```
 */
export const toMoniteApiError = (
  response: Response,
  body: unknown,
  method: string,
  path: string,
): MoniteApiError => {
  const { status, statusText, headers } = response
  const list = (body as Body)?.detail
  // Monite's 422 items `{ loc, msg, type }`; other items of `detail` are dropped.
  const detail = Array.isArray(list)
    ? list.filter((item: MoniteValidationIssue | null) => Array.isArray(item?.loc))
    : undefined
  return new MoniteApiError({
    status,
    message:
      (messageOf(body, detail) as string) ||
      `${method} ${path} failed with HTTP ${status} ${statusText}`.trim(),
    body,
    detail,
    requestId: headers.get('x-request-id'),
    retryAfterMs: status === 429 ? parseRetryAfter(headers.get('retry-after')) : null,
    method,
    path,
  })
}
