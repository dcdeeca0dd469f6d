import type { MoniteCallOptions } from './createMoniteClient'
import { MoniteClientError, toMoniteApiError } from './errors'
import { parseRetryAfter } from './retry'

/** @internal openapi-fetch's result shape. */
export interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** @internal Turns per-call options into openapi-fetch init fields. */
export function callInit(options: MoniteCallOptions | undefined) {
  if (!options) return {}
  const { entityId, headers, signal, timeoutMs } = options
  return {
    headers: entityId ? { ...headers, 'x-monite-entity-id': entityId } : headers,
    signal,
    timeoutMs,
  }
}

/**
 * @internal Resolves to `data` for a 2xx answer; throws {@link MoniteApiError} otherwise.
 */
export async function unwrap<T>(
  pending: Promise<FetchResult<T>>,
  method: string,
  schemaPath: string,
): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await pending
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new MoniteClientError(
        'invalid_response',
        `${method} ${schemaPath}: Monite answered with a body that is not JSON`,
        { cause: error },
      )
    }
    throw error
  }
  const { response } = result
  if (response.ok) return result.data as T
  let path = schemaPath
  try {
    if (response.url) path = new URL(response.url).pathname
  } catch {}
  throw toMoniteApiError(
    response,
    result.error,
    { method, path },
    response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : null,
  )
}
