'use client'

import type { MoniteClient, paths } from '@monite-kit/client'
import { type ReactNode, useMemo } from 'react'
import { MoniteContext } from './internal/context'

/**
 * Props of {@link MoniteProvider}.
 *
 * @example
 * ```tsx
 * const props: MoniteProviderProps = { client: monite, scope: session.entityUserId }
 * <MoniteProvider {...props}>{children}</MoniteProvider>
 * ```
 */
export interface MoniteProviderProps<Paths extends object = paths> {
  /** The client from `createMoniteClient()` (or `client.withEntity(id)`). */
  client: MoniteClient<Paths>
  /**
   * A stable id for the identity behind the client's token (e.g. the entity user id). Keys the
   * `/me`, `/my_role` and `/my_entity` caches; pass it for SSR so server and browser match.
   * See {@link resolveMoniteScope}.
   */
  scope?: string
  children?: ReactNode
}

/**
 * Makes a Monite client available to the hooks below it. It uses the app's own TanStack
 * `QueryClientProvider` (put `MoniteProvider` inside it); it does not create a QueryClient.
 * Nest a second provider with `client.withEntity(id)` to work on another entity: its cache
 * entries never mix with the outer one's.
 *
 * @example
 * ```tsx
 * import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
 * import { createMoniteClient } from '@monite-kit/client'
 * import { MoniteProvider, moniteRetry } from '@monite-kit/react'
 *
 * const monite = createMoniteClient({
 *   environment: 'eu',
 *   auth: { type: 'fetchToken', fetchToken: () => fetch('/api/monite-token').then((r) => r.json()) },
 * })
 *
 * export function App({ children }: { children: React.ReactNode }) {
 *   const [queryClient] = useState(
 *     () => new QueryClient({ defaultOptions: { queries: { retry: moniteRetry } } }),
 *   )
 *   return (
 *     <QueryClientProvider client={queryClient}>
 *       <MoniteProvider client={monite}>{children}</MoniteProvider>
 *     </QueryClientProvider>
 *   )
 * }
 * ```
 */
export function MoniteProvider<Paths extends object = paths>({
  client,
  scope,
  children,
}: MoniteProviderProps<Paths>): ReactNode {
  const value = useMemo(() => ({ client, scope }), [client, scope])
  return <MoniteContext.Provider value={value}>{children}</MoniteContext.Provider>
}
