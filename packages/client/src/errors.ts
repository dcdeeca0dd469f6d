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
  readonly status: number
  /** HTTP method of the failed request. */
  readonly method: string
  /** URL path of the failed request. */
  readonly path: string
  /** The 422 validation items, when Monite sent them. */
  readonly detail: MoniteValidationIssue[] | undefined
  /** The `x-request-id` response header, when present. */
  readonly requestId: string | null
  /** For 429: how long Monite asked to wait, in milliseconds. */
  readonly retryAfterMs: number | null
  /** The parsed response body (JSON) or its text when it was not JSON. */
  readonly body: unknown

  constructor(init: MoniteApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.status = init.status
    this.method = init.method
    this.path = init.path
    this.detail = init.detail
    this.requestId = init.requestId ?? null
    this.retryAfterMs = init.retryAfterMs ?? null
    this.body = init.body
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
 * bad options, a missing `x-monite-entity-id`, a timeout, a network failure after retries,
 * or a failed token request. `code` tells which; `cause` holds the underlying error.
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
  readonly code: MoniteClientErrorCode

  constructor(code: MoniteClientErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
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
export function isMoniteApiError(error: unknown): error is MoniteApiError {
  return (
    error instanceof MoniteApiError ||
    (error instanceof Error &&
      error.name === 'MoniteApiError' &&
      typeof (error as { status?: unknown }).status === 'number')
  )
}

/**
 * Type guard for {@link MoniteClientError}.
 *
 * @example
 * ```ts
 * if (isMoniteClientError(err) && err.code === 'timeout') retryLater()
 * ```
 */
export function isMoniteClientError(error: unknown): error is MoniteClientError {
  return (
    error instanceof MoniteClientError ||
    (error instanceof Error &&
      error.name === 'MoniteClientError' &&
      typeof (error as { code?: unknown }).code === 'string')
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asIssues(value: unknown): MoniteValidationIssue[] | undefined {
  // Items that are not objects are dropped; the rest are Monite's `{ loc, msg, type }`.
  return Array.isArray(value)
    ? (value.filter(isRecord) as unknown as MoniteValidationIssue[])
    : undefined
}

function statusText(status: number): string {
  if (status === 0) return 'no response'
  return `HTTP ${status}`
}

/**
 * Builds a {@link MoniteApiError} from an error answer. Accepts Monite's `{ error: { message } }`,
 * the 422 `{ detail: [...] }`, or anything else (an HTML page from a proxy, an empty body).
 * @internal
 */
export function toMoniteApiError(
  response: Response,
  body: unknown,
  request: MoniteRequestInfo,
  retryAfterMs: number | null = null,
): MoniteApiError {
  let message: string | undefined
  let detail: MoniteValidationIssue[] | undefined
  if (isRecord(body)) {
    const err = body.error
    if (isRecord(err) && typeof err.message === 'string') message = err.message
    detail = asIssues(body.detail)
    if (!message && detail?.length) {
      message = detail.map((d) => `${d.loc.join('.')}: ${d.msg}`).join('; ')
    } else if (!message && typeof body.detail === 'string') {
      message = body.detail
    } else if (!message && typeof body.message === 'string') {
      message = body.message
    }
  } else if (typeof body === 'string' && body.trim()) {
    const text = body.trim()
    const looksLikeHtml = text.startsWith('<')
    if (!looksLikeHtml) message = text.length > 200 ? `${text.slice(0, 200)}…` : text
  }
  const prefix = `${request.method} ${request.path} failed with ${statusText(response.status)}${
    response.statusText ? ` ${response.statusText}` : ''
  }`
  return new MoniteApiError({
    status: response.status,
    message: message ?? prefix,
    body,
    detail,
    requestId: response.headers.get('x-request-id'),
    retryAfterMs,
    method: request.method,
    path: request.path,
  })
}
