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
 * Wraps `fetch` with Monite's auth (Bearer token, one refresh + one replay on 401), retries
 * (429 with `Retry-After`, 5xx and network errors for idempotent methods) and timeouts.
 *
 * Hot path: a request without a body and without a timeout is sent as openapi-fetch built it,
 * with only `Authorization` set on it; no copy, no extra signal.
 * @param send Sends one attempt: the `fetch` option, or `globalThis.fetch`.
 * @param tokens Where the Bearer token comes from; `null`: no `Authorization`.
 * @param retry The resolved retry policy.
 * @param timeoutMs The default timeout of a call (a call's `timeoutMs` wins); none if undefined.
 * @internal
 */
export function createTransport(
  send: MoniteFetch,
  tokens: TokenManager | null,
  retry: ResolvedRetry,
  timeoutMs: number | undefined,
): MoniteFetch {
  return async (request) => {
    const method = request.method.toUpperCase()
    const timeout = (request as Request & MoniteRequestExtras).timeoutMs ?? timeoutMs ?? 0
    const hasTimeout = timeout > 0 && Number.isFinite(timeout)
    const userSignal = request.signal
    userSignal.throwIfAborted()

    let signal = userSignal
    let timer: ReturnType<typeof setTimeout> | undefined
    let onUserAbort: (() => void) | undefined
    if (hasTimeout) {
      const controller = new AbortController()
      onUserAbort = () => controller.abort(userSignal.reason)
      userSignal.addEventListener('abort', onUserAbort, { once: true })
      timer = setTimeout(() => {
        const message = `${method} ${pathOf(request.url)} timed out after ${timeout} ms`
        controller.abort(new MoniteClientError('timeout', message))
      }, timeout)
      signal = controller.signal
    }

    try {
      // A body is buffered once so that a retry or a 401 replay can send it again.
      const body = request.body ? await request.arrayBuffer() : null
      const reuse = body === null && !hasTimeout
      const auth =
        tokens && !TOKEN_PATH.test(request.url) && !request.headers.has('authorization')
          ? tokens
          : null
      let retriesUsed = 0
      let replayed401 = false

      for (;;) {
        const token = auth ? (auth.peek() ?? (await abortable(auth.get(), signal))) : undefined
        const headers = reuse ? request.headers : new Headers(request.headers)
        if (token) headers.set('authorization', `Bearer ${token}`)
        // The original carries every other field (method, credentials, mode, …).
        const attempt = reuse ? request : new Request(request, { headers, body, signal })
        let response: Response | undefined
        let failure: unknown
        try {
          response = await send(attempt)
        } catch (error) {
          signal.throwIfAborted()
          failure = error
        }

        if (response?.status === 401 && token && auth?.canRefresh && !replayed401) {
          replayed401 = true
          auth.invalidate(token)
          discard(response)
          continue
        }
        const wait = retryDelay(retry, method, response, retriesUsed)
        if (wait === null) {
          if (response) return response
          const reason = failure instanceof Error ? failure.message : String(failure)
          const message = `${method} ${pathOf(request.url)} failed: ${reason}`
          throw new MoniteClientError('network', message, { cause: failure })
        }
        discard(response)
        await sleep(wait, signal)
        retriesUsed++
      }
    } finally {
      if (onUserAbort) {
        clearTimeout(timer)
        userSignal.removeEventListener('abort', onUserAbort)
      }
    }
  }
}
