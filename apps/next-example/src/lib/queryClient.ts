import { QueryClient } from '@tanstack/react-query'

/**
 * A QueryClient with the app's defaults. Data stays fresh for a minute, so what the server
 * prefetched is not fetched again when the browser hydrates it.
 *
 * @example
 * ```ts
 * const queryClient = makeQueryClient()
 * ```
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } })
}
