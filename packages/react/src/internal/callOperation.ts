import { MoniteApiError, MoniteClientError } from '@monite-kit/client'
import type { MoniteOperationsClient } from '../operations/client'

interface RawAnswer {
  data?: unknown
  error?: unknown
  response: Response
}
type RawRequest = (method: string, path: string, init: object) => Promise<RawAnswer>

/** Monite's message in an error body: `{ error: { message } }`, the 422 list, or `{ detail }`. */
function messageOf(body: unknown): string | undefined {
  // A text body is the message (an HTML page, e.g. a proxy's 502, is none).
  if (typeof body === 'string') return body.trim()[0] === '<' ? undefined : body.trim() || undefined
  const b = body as { error?: { message?: unknown }; detail?: unknown; message?: unknown } | null
  const detail = Array.isArray(b?.detail)
    ? b.detail
        .map((d: { loc?: unknown[]; msg?: unknown }) => `${d?.loc?.join('.')}: ${d?.msg}`)
        .join('; ')
    : b?.detail
  const text = [b?.error?.message, detail, b?.message].find((t) => t && typeof t === 'string')
  return text as string | undefined
}

/**
 * @internal One call of `method path` through the kit's client (`client.raw`: auth, the
 * `x-monite-version` and entity headers, timeouts and the client's retries apply). Resolves to
 * the 2xx answer's data (`undefined` for an empty body); throws a `MoniteApiError` for any other
 * status, a `MoniteClientError` (`invalid_response`) for a 2xx that is not JSON, and whatever the
 * client throws when no answer came (`timeout`, `network`, `token`, `missing_entity_id`).
 */
export async function callOperation(
  client: MoniteOperationsClient,
  method: string,
  path: string,
  init: object | undefined,
  signal?: AbortSignal,
): Promise<unknown> {
  const request = (client.raw as { request: RawRequest }).request
  let answer: RawAnswer
  try {
    answer = await request.call(client.raw, method, path, { ...init, signal })
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause
    throw new MoniteClientError(
      'invalid_response',
      `${method.toUpperCase()} ${path}: the answer is not JSON`,
      { cause },
    )
  }
  const { data, error, response } = answer
  if (response.ok) return data
  const { status, statusText, headers } = response
  const METHOD = method.toUpperCase()
  const url = response.url ? new URL(response.url).pathname : path
  const seconds = Number(headers.get('retry-after') ?? Number.NaN)
  const detail = (error as { detail?: unknown } | null)?.detail
  throw new MoniteApiError({
    status,
    message: messageOf(error) ?? `${METHOD} ${url} failed with HTTP ${status} ${statusText}`.trim(),
    body: error,
    detail: Array.isArray(detail) ? detail.filter((d) => Array.isArray(d?.loc)) : undefined,
    requestId: headers.get('x-request-id'),
    retryAfterMs: status === 429 && seconds >= 0 ? seconds * 1000 : null,
    method: METHOD,
    path: url,
  })
}
