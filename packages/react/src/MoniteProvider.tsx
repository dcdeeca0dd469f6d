'use client'

import type { MoniteClient, paths } from '@monite-kit/client'
import { QueryClientContext } from '@tanstack/react-query'
import { type ReactNode, useContext, useMemo } from 'react'
import { claimEntity } from './internal/claimEntity'
import { MoniteContext } from './internal/context'
import { resolveMoniteScope } from './resolveMoniteScope'

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
   * See {@link resolveMoniteScope}. When it changes (or, without it, when the client's identity
   * does), the entity's cached lists and records are dropped: another user may see other data.
   * Keep the client object stable (or pass `scope`) so that a re-render is not a new identity.
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
 * A different identity on the same entity (another user signed in: a new client, or another
 * `scope`) never sees the previous identity's lists and records under the same QueryClient: the
 * provider drops that entity's cached entries when the identity changes. Two identities shown at
 * once on one entity need two QueryClients.
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
  const queryClient = useContext(QueryClientContext)
  const identity = resolveMoniteScope(client, scope)
  // Before any child reads the cache: drop what another identity cached for this entity.
  useMemo(() => claimEntity(queryClient, client, identity), [queryClient, client, identity])
  const value = useMemo(() => ({ client, scope }), [client, scope])
  return <MoniteContext.Provider value={value}>{children}</MoniteContext.Provider>
}
