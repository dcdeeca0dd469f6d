import { MoniteClientError, toMoniteApiError } from './errors'
import { pathOf } from './transport'

/** @internal openapi-fetch's result shape. */
export interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/**
 * @internal Resolves to `data` for a 2xx answer; throws {@link MoniteApiError} otherwise.
 */
export function unwrap<T>(
  pending: Promise<FetchResult<T>>,
  method: string,
  schemaPath: string,
): Promise<T> {
  return pending.then(
    ({ data, error, response }) => {
      if (response.ok) return data as T
      throw toMoniteApiError(response, error, method, pathOf(response.url) || schemaPath)
    },
    (error: unknown) => {
      throw error instanceof SyntaxError
        ? new MoniteClientError(
            'invalid_response',
            `${method} ${schemaPath}: Monite answered with a body that is not JSON`,
            { cause: error },
          )
        : error
    },
  )
}
