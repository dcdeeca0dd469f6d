import type { TokenManager } from './auth'
import { MoniteClientError } from './errors'
import { backoffDelay, parseRetryAfter, type ResolvedRetry, sleep, withJitter } from './retry'

/** A `fetch` that takes a `Request`, as openapi-fetch calls it. */
export type MoniteFetch = (request: Request) => Promise<Response>

/** Per-request extras the transport reads from the `Request` object (set by openapi-fetch). */
export interface MoniteRequestExtras {
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number
}

/** @internal */
export interface TransportOptions {
  fetch: MoniteFetch
  tokens: TokenManager | null
  retry: ResolvedRetry
  timeoutMs: number | undefined
  /** Whether a request to `url` must go without `Authorization`. */
  isUnauthenticated: (url: string) => boolean
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => {})
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

/**
 * Wraps `fetch` with Monite's auth (Bearer token, one refresh + one replay on 401), retries
 * (429 with `Retry-After`, 5xx and network errors for idempotent methods) and timeouts.
 *
 * Hot path: a request without a body and without a timeout is sent as openapi-fetch built it,
 * with only `Authorization` set on it; no copy, no extra signal.
 * @internal
 */
export function createTransport(options: TransportOptions): MoniteFetch {
  const { retry, tokens } = options
  return async function moniteFetch(request: Request): Promise<Response> {
    const method = request.method.toUpperCase()
    const timeoutMs = (request as Request & MoniteRequestExtras).timeoutMs ?? options.timeoutMs
    const hasTimeout = timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)
    const userSignal = request.signal
    if (userSignal.aborted) throw userSignal.reason

    let signal = userSignal
    let timer: ReturnType<typeof setTimeout> | undefined
    let onUserAbort: (() => void) | undefined
    if (hasTimeout) {
      const controller = new AbortController()
      onUserAbort = () => controller.abort(userSignal.reason)
      userSignal.addEventListener('abort', onUserAbort, { once: true })
      timer = setTimeout(() => {
        controller.abort(
          new MoniteClientError(
            'timeout',
            `${method} ${pathOf(request.url)} timed out after ${timeoutMs} ms`,
          ),
        )
      }, timeoutMs)
      signal = controller.signal
    }

    try {
      // A body is buffered once so that a retry or a 401 replay can send it again.
      const body = request.body ? await request.arrayBuffer() : null
      const reuse = body === null && !hasTimeout
      const needsAuth =
        tokens !== null &&
        !options.isUnauthenticated(request.url) &&
        !request.headers.has('authorization')
      const idempotent = retry.idempotentMethods.includes(method)
      let retriesUsed = 0
      let replayed401 = false

      for (;;) {
        let token: string | undefined
        if (needsAuth && tokens) token = tokens.peek() ?? (await raceAbort(tokens.get(), signal))
        let attempt: Request
        if (reuse) {
          if (token) request.headers.set('authorization', `Bearer ${token}`)
          attempt = request
        } else {
          const headers = new Headers(request.headers)
          if (token) headers.set('authorization', `Bearer ${token}`)
          // The original carries every other field (method, credentials, mode, …).
          attempt = new Request(request, { headers, body, signal })
        }
        let response: Response
        try {
          response = await options.fetch(attempt)
        } catch (error) {
          if (signal.aborted) throw signal.reason
          if (retry.enabled && retry.onNetworkError && idempotent && retriesUsed < retry.retries) {
            await sleep(withJitter(retry, backoffDelay(retry, retriesUsed)), signal)
            retriesUsed++
            continue
          }
          throw new MoniteClientError(
            'network',
            `${method} ${pathOf(request.url)} failed: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          )
        }

        if (response.status === 401 && token && tokens?.canRefresh && !replayed401) {
          replayed401 = true
          tokens.invalidate(token)
          discard(response)
          continue
        }
        if (retry.enabled && retriesUsed < retry.retries) {
          let wait: number | null = null
          if (response.status === 429 && retry.on429) {
            const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
            if (retryAfter === null) wait = backoffDelay(retry, retriesUsed)
            else if (retryAfter <= retry.maxRetryAfterMs) wait = retryAfter
          } else if (response.status >= 500 && retry.on5xx && idempotent) {
            wait = backoffDelay(retry, retriesUsed)
          }
          if (wait !== null) {
            discard(response)
            await sleep(withJitter(retry, wait), signal)
            retriesUsed++
            continue
          }
        }
        return response
      }
    } finally {
      if (timer !== undefined) clearTimeout(timer)
      if (onUserAbort) userSignal.removeEventListener('abort', onUserAbort)
    }
  }
}
