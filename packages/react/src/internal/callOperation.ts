import { MoniteClientError, toMoniteApiError } from '@monite-kit/client'
import type { MoniteOperationsClient } from '../operations/client'

type RawRequest = (
  method: string,
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>

/**
 * @internal One call of `method path` through the kit's client (`client.raw`: auth, the
 * `x-monite-version` and entity headers, timeouts and the client's retries apply). Resolves to
 * the 2xx answer's data (`undefined` for an empty body); throws a `MoniteApiError` for any other
 * status (Monite's message: `error.message`, the 422 items or `detail`), a
 * `MoniteClientError` (`invalid_response`) for a 2xx that is not JSON, and whatever the client
 * throws when no answer came (`timeout`, `network`, `token`, `missing_entity_id`).
 */
export async function callOperation(
  client: MoniteOperationsClient,
  method: string,
  path: string,
  init: object | undefined,
  signal?: AbortSignal,
): Promise<unknown> {
  const raw = client.raw as { request: RawRequest }
  const METHOD = method.toUpperCase()
  const { data, error, response } = await raw
    .request(method, path, { ...init, signal })
    .catch((cause) => {
      throw cause instanceof SyntaxError
        ? new MoniteClientError('invalid_response', `${METHOD} ${path}: the answer is not JSON`, {
            cause,
          })
        : cause
    })
  if (response.ok) return data
  const url = response.url ? new URL(response.url).pathname : path
  throw toMoniteApiError(response, error, METHOD, url)
}
