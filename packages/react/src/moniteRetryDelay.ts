import { isMoniteApiError } from '@monite-kit/client'

/**
 * A TanStack Query `retryDelay` for Monite: waits as long as a 429's `Retry-After` asked
 * (`error.retryAfterMs`), otherwise backs off exponentially (1 s, 2 s, 4 s, … up to 30 s), like
 * TanStack's default. The default `retryDelay` of every query built by this package.
 *
 * @example
 * ```ts
 * const queryClient = new QueryClient({
 *   defaultOptions: { queries: { retry: moniteRetry, retryDelay: moniteRetryDelay } },
 * })
 * ```
 */
export function moniteRetryDelay(failureCount: number, error: unknown): number {
  if (isMoniteApiError(error) && typeof error.retryAfterMs === 'number') {
    return Math.max(0, error.retryAfterMs)
  }
  return Math.min(1000 * 2 ** failureCount, 30_000)
}
