import {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type HeadersOptions,
  mergeHeaders,
} from 'openapi-fetch'
import type { MoniteCallOptions } from './clientOptions'
import { MoniteClientError, toMoniteApiError } from './errors'
import type { paths } from './generated/monite'
import { pathOf, type Transport, type TransportCall } from './transport'

/** @internal A call's parameters, as openapi-fetch takes them. */
export interface CallParams {
  path?: Record<string, string>
  query?: Record<string, unknown> | undefined
}

/**
 * @internal How the resource helpers call Monite: resolves to the data of a 2xx answer
 * (`undefined` for a DELETE's empty body; any other empty 2xx is `invalid_response`, from the
 * transport); throws `MoniteApiError` otherwise.
 */
export type Call = <T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  schemaPath: keyof paths,
  options?: MoniteCallOptions,
  params?: CallParams,
  /** Sent as JSON; `undefined`: no body. */
  body?: unknown,
) => Promise<T>

const JSON_BODY = { 'content-type': 'application/json' }

/**
 * @internal The resource helpers' {@link Call}. URLs and headers are built as openapi-fetch
 * builds them (its own serializers), but the call goes straight to the transport: openapi-fetch
 * would build a `Request` that `fetch` then copies, and on Node 20 that copy (undici gives every
 * `Request` its own `AbortSignal`) costs more than everything else the client does in a call.
 * Here `fetch` builds the only one. Middleware added with `raw.use()` therefore sees `raw`
 * calls only; the `fetch` option sees every request.
 * @param transport Sends the calls.
 * @param baseUrl The API root.
 * @param headers The client's headers (`x-monite-version` and `options.headers`).
 * @param setEntity Sets `x-monite-entity-id` as the raw client's middleware does.
 */
export const createCall = (
  transport: Transport,
  baseUrl: string,
  headers: HeadersOptions,
  setEntity: (call: TransportCall & { entityId?: string }) => void,
): Call => {
  const querySerializer = createQuerySerializer()
  return async (method, schemaPath, options = {}, params = {}, body) => {
    // No body (`undefined`): no JSON, no content-type (mergeHeaders skips `undefined`).
    const json: string | undefined = JSON.stringify(body)
    // `options` keeps the call's `entityId` for setEntity; the transport ignores it.
    const call = {
      ...options,
      method,
      url: createFinalURL(schemaPath, {
        baseUrl,
        params,
        querySerializer,
        pathSerializer: defaultPathSerializer,
      }),
      headers: mergeHeaders((json && JSON_BODY) as HeadersOptions, headers, options.headers),
      schemaPath,
    }
    setEntity(call)
    const [response, bytes] = await transport(call, json)
    const text = new TextDecoder().decode(bytes)
    let data: unknown
    try {
      data = text ? JSON.parse(text) : undefined
    } catch (cause) {
      // An error's body may be anything; a 2xx answer must be JSON.
      if (response.ok) {
        throw new MoniteClientError(
          'invalid_response',
          `${method} ${schemaPath}: the answer is not JSON`,
          { cause },
        )
      }
      data = text
    }
    if (response.ok) return data as never
    throw toMoniteApiError(response, data, method, pathOf(response.url) || schemaPath)
  }
}
