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
  /** Paths (ending) that never carry `Authorization`. */
  isUnauthenticated: (url: URL) => boolean
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

/**
 * Wraps `fetch` with Monite's auth (Bearer token, one refresh + one replay on 401), retries
 * (429 with `Retry-After`, 5xx and network errors for idempotent methods) and timeouts.
 * @internal
 */
export function createTransport(options: TransportOptions): MoniteFetch {
  const { retry, tokens } = options
  return async function moniteFetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const extras = request as Request & MoniteRequestExtras
    const timeoutMs = extras.timeoutMs ?? options.timeoutMs

    const controller = new AbortController()
    const userSignal = request.signal
    const onUserAbort = () => controller.abort(userSignal.reason)
    if (userSignal.aborted) throw userSignal.reason
    userSignal.addEventListener('abort', onUserAbort, { once: true })
    const timer =
      timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            controller.abort(
              new MoniteClientError(
                'timeout',
                `${method} ${url.pathname} timed out after ${timeoutMs} ms`,
              ),
            )
          }, timeoutMs)
        : undefined
    const signal = controller.signal

    try {
      const body = request.body ? await request.arrayBuffer() : undefined
      const needsAuth =
        tokens !== null && !options.isUnauthenticated(url) && !request.headers.has('authorization')
      const idempotent = retry.idempotentMethods.includes(method)
      let retriesUsed = 0
      let replayed401 = false

      for (;;) {
        const headers = new Headers(request.headers)
        let token: string | undefined
        if (needsAuth && tokens) {
          token = await raceAbort(tokens.get(), signal)
          headers.set('authorization', `Bearer ${token}`)
        }
        let response: Response
        try {
          response = await options.fetch(
            new Request(request.url, {
              method,
              headers,
              body,
              signal,
              redirect: request.redirect,
              credentials: request.credentials,
              cache: request.cache,
              integrity: request.integrity,
              keepalive: request.keepalive,
              mode: request.mode,
              referrer: request.referrer,
              referrerPolicy: request.referrerPolicy,
            }),
          )
        } catch (error) {
          if (signal.aborted) throw signal.reason
          if (retry.enabled && retry.onNetworkError && idempotent && retriesUsed < retry.retries) {
            await sleep(withJitter(retry, backoffDelay(retry, retriesUsed)), signal)
            retriesUsed++
            continue
          }
          throw new MoniteClientError(
            'network',
            `${method} ${url.pathname} failed: ${error instanceof Error ? error.message : String(error)}`,
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
      userSignal.removeEventListener('abort', onUserAbort)
    }
  }
}
