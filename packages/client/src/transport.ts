import type { TokenManager } from './auth'
import { MoniteClientError } from './errors'
import { abortable, type ResolvedRetry, retryDelay, sleep } from './retry'

/** A `fetch` that takes a `Request`, as openapi-fetch calls it. */
export type MoniteFetch = (request: Request) => Promise<Response>

/** Per-request extras the transport reads from the `Request` object (set by openapi-fetch). */
export interface MoniteRequestExtras {
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number
}

/** The token request itself never carries `Authorization`. */
const TOKEN_PATH = /\/auth\/token(?:[?#]|$)/

/** @internal The path of `url` for messages; `url` itself when it is not a URL. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

function discard(response: Response | undefined): void {
  response?.body?.cancel().catch(() => {})
}

/**
 * @internal One call as the transport sends it: openapi-fetch's `Request` (`client.raw`), whose
 * other fields (credentials, cache, …) carry over, or the helpers' own description of it.
 */
export interface TransportCall extends MoniteRequestExtras {
  /** Upper case. */
  readonly method: string
  readonly url: string
  /** Sent as is; the transport sets `Authorization` on it. */
  readonly headers: Headers
  /** The caller's signal, if any. */
  readonly signal?: AbortSignal | null | undefined
}

/**
 * @internal Sends `call` with `body` (buffered, so that a retry or a 401 replay can send it
 * again).
 */
export type Transport = (call: TransportCall, body: BodyInit | null) => Promise<Response>

/**
 * Monite's auth (Bearer token, one refresh + one replay on 401), retries (429 with
 * `Retry-After`, 5xx and network errors for idempotent methods) and timeouts around `fetch`.
 *
 * An attempt is `globalThis.fetch(url, init)` for the helpers, `globalThis.fetch(request, init)`
 * for openapi-fetch's `Request`: `fetch` builds the one `Request` it sends. The `fetch` option
 * gets that `Request` built for it.
 * @param fetch The `fetch` option; `undefined`: `globalThis.fetch`, looked up at call time.
 * @param tokens Where the Bearer token comes from; `null`: no `Authorization`.
 * @param retry The resolved retry policy.
 * @param timeoutMs The default timeout of a call (a call's `timeoutMs` wins); none if undefined.
 * @internal
 */
export function createTransport(
  fetch: MoniteFetch | undefined,
  tokens: TokenManager | null,
  retry: ResolvedRetry,
  timeoutMs: number | undefined,
): Transport {
  return async (call, body) => {
    const { method, url, headers, signal: userSignal } = call
    const input = call instanceof Request ? call : url
    const timeout = call.timeoutMs ?? timeoutMs ?? 0
    userSignal?.throwIfAborted()

    let signal = userSignal
    let unlink: (() => void) | undefined
    if (timeout > 0 && Number.isFinite(timeout)) {
      const controller = new AbortController()
      const abort = () => controller.abort(userSignal?.reason)
      const timer = setTimeout(() => {
        const message = `${method} ${pathOf(url)} timed out after ${timeout} ms`
        controller.abort(new MoniteClientError('timeout', message))
      }, timeout)
      userSignal?.addEventListener('abort', abort)
      unlink = () => {
        clearTimeout(timer)
        userSignal?.removeEventListener('abort', abort)
      }
      signal = controller.signal
    }

    try {
      const init: RequestInit = { method, headers, body, signal }
      const auth = tokens && !TOKEN_PATH.test(url) && !headers.has('authorization') ? tokens : null
      let retriesUsed = 0
      let replayed401 = false

      for (;;) {
        const token = auth && (auth.peek() ?? (await abortable(auth.get(), signal)))
        if (token) headers.set('authorization', `Bearer ${token.token}`)
        let response: Response | undefined
        let failure: unknown
        try {
          response = await (fetch ? fetch(new Request(input, init)) : globalThis.fetch(input, init))
        } catch (error) {
          signal?.throwIfAborted()
          failure = error
        }

        if (response?.status === 401 && token && auth?.canRefresh && !replayed401) {
          replayed401 = true
          auth.invalidate(token.id)
          discard(response)
          continue
        }
        const wait = retryDelay(retry, method, response, retriesUsed)
        if (wait === null) {
          if (response) return response
          const reason = (failure as Error | undefined)?.message ?? failure
          const message = `${method} ${pathOf(url)} failed: ${reason}`
          throw new MoniteClientError('network', message, { cause: failure })
        }
        discard(response)
        await sleep(wait, signal)
        retriesUsed++
      }
    } finally {
      unlink?.()
    }
  }
}

/**
 * The transport as the `fetch` of the client's openapi-fetch (`client.raw`).
 * @internal
 */
export function requestTransport(transport: Transport): MoniteFetch {
  return async (request) => transport(request, request.body && (await request.arrayBuffer()))
}
