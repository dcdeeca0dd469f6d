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
import {
  entityUsersQueryOptions,
  MoniteProvider,
  meQueryOptions,
  useEntityUsers,
  useMe,
} from '../src'
import { setupFakeMonite, userClient, userWithRole } from './helpers'

const { world, fake } = setupFakeMonite()

function Page() {
  const me = useMe()
  const users = useEntityUsers({ limit: 5 })
  if (me.isPending || users.isPending) return <p>loading…</p>
  return (
    <main>
      <h1>{`Hello ${me.data?.login}`}</h1>
      <ul>
        {users.data?.data.map((u) => (
          <li key={u.id}>{u.login}</li>
        ))}
      </ul>
    </main>
  )
}

function App(props: {
  client: MoniteClient
  queryClient: QueryClient
  state: DehydratedState
  scope: string
}) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <MoniteProvider client={props.client} scope={props.scope}>
        <HydrationBoundary state={props.state}>
          <Page />
        </HydrationBoundary>
      </MoniteProvider>
    </QueryClientProvider>
  )
}

const ssrQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: false } } })

describe('SSR', () => {
  it('prefetches on the server, renders to string, hydrates without a fetch or mismatch', async () => {
    const user = userWithRole(world, 'Admin')
    const scope = `user:${user.id}`

    // --- server: its own client and QueryClient for this request
    const serverClient = userClient(world, user)
    const serverQueryClient = ssrQueryClient()
    await Promise.all([
      serverQueryClient.prefetchQuery(entityUsersQueryOptions(serverClient, { limit: 5 })),
      serverQueryClient.prefetchQuery(meQueryOptions(serverClient, { scope })),
    ])
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient))) as DehydratedState
    const html = renderToString(
      <App client={serverClient} queryClient={ssrQueryClient()} state={state} scope={scope} />,
    )
    expect(html).toContain(`Hello ${user.login}`)
    expect(html).not.toContain('loading…')

    // --- browser: a new client object and QueryClient, hydrating the server's markup
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const browserClient = userClient(world, user)
    const requestsBefore = fake.requests.length
    const onRecoverableError = vi.fn()
    const root = await act(async () =>
      hydrateRoot(
        container,
        <App client={browserClient} queryClient={ssrQueryClient()} state={state} scope={scope} />,
        { onRecoverableError },
      ),
    )
    await new Promise((r) => setTimeout(r, 50))
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(container.innerHTML).toBe(html)
    expect(container.textContent).not.toContain('loading…')
    expect(fake.requests.length).toBe(requestsBefore)
    act(() => root.unmount())
    container.remove()
  })
})
