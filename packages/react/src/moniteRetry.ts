import { isMoniteApiError, isMoniteClientError } from '@monite-kit/client'

/** How many times {@link moniteRetry} lets TanStack Query retry a failed query. */
const MAX_RETRIES = 1

/**
 * A TanStack Query `retry` function for Monite: retries 429 (rate limit), 5xx, timeouts and
 * network failures once, and never retries other 4xx answers (400, 401, 403, 404,
 * 409, 422, …) or client-side errors (bad options, missing entity id, bad token source), which
 * would fail the same way again. It is the default `retry` of every query built by this package;
 * use it as your QueryClient default too.
 *
 * `@monite-kit/client` already retries 429 / 5xx / network errors itself with backoff and
 * `Retry-After` (2 retries by default, see its `retry` option), so this layer adds only one more
 * attempt: at most (1 + 2) × 2 = 6 requests for one failing query with both defaults.
 *
 * @example
 * ```ts
 * import { QueryClient } from '@tanstack/react-query'
 * import { moniteRetry, moniteRetryDelay } from '@monite-kit/react'
 *
 * const queryClient = new QueryClient({
 *   defaultOptions: { queries: { retry: moniteRetry, retryDelay: moniteRetryDelay } },
 * })
 * ```
 */
export function moniteRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  if (isMoniteApiError(error)) {
    if (error.status === 429) return true
    return error.status >= 500 || error.status === 0
  }
  if (isMoniteClientError(error)) return error.code === 'timeout' || error.code === 'network'
  // Anything else (an AbortError, a TypeError from fetch, a bug): do what TanStack does by default.
  return true
}
