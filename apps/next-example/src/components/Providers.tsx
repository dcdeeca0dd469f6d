'use client'

import { createMoniteClient, type MoniteTokenResult } from '@monite-kit/client'
import { MoniteProvider } from '@monite-kit/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { makeQueryClient } from '@/lib/queryClient'

/** What the browser may know of the server's Monite setup: no secret, no token. */
export interface BrowserMonite {
  /** Monite's API root, as the server's clients name it (so the query keys match). */
  apiBaseUrl: string
  entityId: string
  /** The signed-in entity user (the session's, decided by the server). */
  entityUserId: string
}

/** The browser client's `fetchToken`: the server mints a token for its own session's user. */
async function fetchMoniteToken(): Promise<MoniteTokenResult> {
  const response = await fetch('/api/monite-token', { method: 'POST', credentials: 'same-origin' })
  if (!response.ok) throw new Error(`Could not get a Monite token (HTTP ${response.status})`)
  return (await response.json()) as MoniteTokenResult
}

/** Sends the client's requests for `apiBaseUrl` to the same-origin proxy instead. */
function viaProxy(apiBaseUrl: string) {
  return async (request: Request): Promise<Response> => {
    const path = request.url.startsWith(apiBaseUrl) ? request.url.slice(apiBaseUrl.length) : ''
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text()
    return fetch(`/api/monite/v1${path}`, {
      method: request.method,
      headers: request.headers,
      credentials: 'same-origin',
      signal: request.signal,
      ...(body === undefined ? {} : { body }),
    })
  }
}

/**
 * The app's client providers: one QueryClient per browser tab and, when signed in, a Monite
 * client whose tokens come from the server and whose requests go through the same-origin proxy.
 */
export function Providers({
  monite,
  children,
}: {
  monite: BrowserMonite | null
  children: ReactNode
}): ReactNode {
  const [queryClient] = useState(makeQueryClient)
  const [client] = useState(
    () =>
      monite &&
      createMoniteClient({
        baseUrl: monite.apiBaseUrl,
        entityId: monite.entityId,
        scope: monite.entityUserId,
        auth: { type: 'fetchToken', fetchToken: fetchMoniteToken },
        fetch: viaProxy(monite.apiBaseUrl),
      }),
  )
  return (
    <QueryClientProvider client={queryClient}>
      {client ? <MoniteProvider client={client}>{children}</MoniteProvider> : children}
    </QueryClientProvider>
  )
}
