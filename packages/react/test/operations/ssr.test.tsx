// Server Component prefetch with the React-free entry's builders, then hydration of the generic
// hooks in the browser: no request, no mismatch.
import type { MoniteClient } from '@monite-kit/client'
import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query'
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { createMoniteHooks, MoniteProvider } from '../../src'
import { createMoniteOptions } from '../../src/index.server'
import { partnerClient, setupFakeMonite } from '../helpers'

const { world, fake } = setupFakeMonite()
const monite = createMoniteHooks()
const rolesQuery = { params: { query: { limit: 3 } } }
const usersQuery = { params: { query: { limit: 2 } } }

function Page() {
  const roles = monite.useQuery('get', '/roles', rolesQuery)
  const users = monite.useInfiniteQuery('get', '/entity_users', usersQuery)
  if (roles.isPending || users.isPending) return <p>loading…</p>
  return (
    <main>
      <ul>
        {roles.data?.data.map((r) => (
          <li key={r.id}>{r.name}</li>
        ))}
      </ul>
      <p>{users.data?.pages[0]?.data.map((u) => u.login).join(', ')}</p>
      <p>{users.hasNextPage ? 'more' : 'end'}</p>
    </main>
  )
}

function App(props: { client: MoniteClient; queryClient: QueryClient; state: DehydratedState }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <MoniteProvider client={props.client} scope="partner">
        <HydrationBoundary state={props.state}>
          <Page />
        </HydrationBoundary>
      </MoniteProvider>
    </QueryClientProvider>
  )
}

const ssrQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: false } } })

describe('the generic layer in Server Components', () => {
  it('prefetches with the server builders and hydrates the hooks without a fetch', async () => {
    // --- server: the react-server entry's builders, the client passed explicitly
    const ops = createMoniteOptions()
    const serverClient = partnerClient(world)
    const serverQueryClient = ssrQueryClient()
    await Promise.all([
      serverQueryClient.prefetchQuery(ops.queryOptions(serverClient, 'get', '/roles', rolesQuery)),
      serverQueryClient.prefetchInfiniteQuery(
        ops.infiniteQueryOptions(serverClient, 'get', '/entity_users', usersQuery),
      ),
    ])
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient))) as DehydratedState
    const html = renderToString(
      <App client={serverClient} queryClient={ssrQueryClient()} state={state} />,
    )
    const roles = world.entities[0]!.roles
    expect(html).not.toContain('loading…')
    expect(html).toContain('more')
    for (const name of (await serverClient.roles.list({ limit: 3 })).data.map((r) => r.name)) {
      expect(html).toContain(name)
    }
    expect(roles.length).toBeGreaterThan(3)

    // --- browser: a new client object and QueryClient, hydrating the server's markup
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const requestsBefore = fake.requests.length
    const onRecoverableError = vi.fn()
    const root = await act(async () =>
      hydrateRoot(
        container,
        <App client={partnerClient(world)} queryClient={ssrQueryClient()} state={state} />,
        { onRecoverableError },
      ),
    )
    await new Promise((r) => setTimeout(r, 50))
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(container.innerHTML).toBe(html)
    expect(fake.requests.length).toBe(requestsBefore)
    act(() => root.unmount())
    container.remove()
  })
})
