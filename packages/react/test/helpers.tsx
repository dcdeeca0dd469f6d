import { createMoniteClient, type EntityUser, type MoniteClient } from '@monite-kit/client'
import { type CreateWorldOptions, createFakeMonite, createWorld } from '@monite-kit/fixtures'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import {
  type RenderHookOptions,
  type RenderResult,
  render,
  renderHook,
} from '@testing-library/react'
import { setupServer } from 'msw/node'
import type { ReactElement, ReactNode } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { MoniteProvider } from '../src'

export const BASE_URL = 'https://api.sandbox.monite.com/v1'

export type World = ReturnType<typeof createWorld>
export type Fake = ReturnType<typeof createFakeMonite>

/**
 * A fake Monite API for one test file: a seeded world, MSW in node with unhandled requests as
 * errors, and `fake.reset()` after every test so each test starts from the same world.
 */
export function setupFakeMonite(options: CreateWorldOptions = {}): { world: World; fake: Fake } {
  const world = createWorld({
    seed: 1,
    entities: 2,
    rolesPerEntity: 5,
    usersPerRole: 3,
    ...options,
  })
  const fake = createFakeMonite({ world, baseUrl: BASE_URL })
  const server = setupServer(...fake.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    fake.reset()
    server.resetHandlers()
  })
  afterAll(() => server.close())
  return { world, fake }
}

/** A partner client for entity `entityIndex` of the world. */
export function partnerClient(world: World, entityIndex = 0): MoniteClient {
  const entity = world.entities[entityIndex]
  if (!entity) throw new Error(`no entity ${entityIndex}`)
  return createMoniteClient({
    baseUrl: BASE_URL,
    entityId: entity.id,
    auth: {
      type: 'partner',
      clientId: world.partner.clientId,
      clientSecret: world.partner.clientSecret,
    },
    retry: false,
    fetch: (request) => globalThis.fetch(request),
  })
}

/** A client acting as `user` (entity-user token), with the user's entity as default. */
export function userClient(world: World, user: EntityUser, entityIndex = 0): MoniteClient {
  const entity = world.entities[entityIndex]
  if (!entity) throw new Error(`no entity ${entityIndex}`)
  return createMoniteClient({
    baseUrl: BASE_URL,
    entityId: entity.id,
    auth: {
      type: 'entity_user',
      clientId: world.partner.clientId,
      clientSecret: world.partner.clientSecret,
      entityUserId: user.id,
    },
    retry: false,
    fetch: (request) => globalThis.fetch(request),
  })
}

/** The first user of the world's entity holding the role named `roleName`. */
export function userWithRole(world: World, roleName: string, entityIndex = 0): EntityUser {
  const entity = world.entities[entityIndex]
  const role = entity?.roles.find((r) => r.name === roleName)
  const user = entity?.users.find((u) => u.role_id === role?.id)
  if (!user) throw new Error(`no user with role ${roleName}`)
  return user
}

/** A fresh QueryClient per test: no retries, nothing garbage-collected mid-test. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  })
}

export interface MoniteWrapperOptions {
  client: MoniteClient
  queryClient?: QueryClient
  scope?: string
}

/** QueryClientProvider + MoniteProvider, as an app would set them up. */
export function TestProviders({
  client,
  queryClient,
  scope,
  children,
}: MoniteWrapperOptions & { queryClient: QueryClient; children?: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <MoniteProvider client={client} scope={scope}>
        {children}
      </MoniteProvider>
    </QueryClientProvider>
  )
}

function createWrapper(props: MoniteWrapperOptions & { queryClient: QueryClient }) {
  return ({ children }: { children?: ReactNode }) => (
    <TestProviders {...props}>{children}</TestProviders>
  )
}

/** `renderHook` inside QueryClientProvider + MoniteProvider, with a fresh QueryClient. */
export function renderMoniteHook<Result, Props>(
  hook: (props: Props) => Result,
  options: MoniteWrapperOptions & Omit<RenderHookOptions<Props>, 'wrapper'>,
) {
  const { client, scope, queryClient = createTestQueryClient(), ...rest } = options
  const view = renderHook(hook, {
    ...rest,
    wrapper: createWrapper({ client, queryClient, scope }),
  })
  return { ...view, queryClient }
}

/** `render` inside QueryClientProvider + MoniteProvider, with a fresh QueryClient. */
export function renderWithMonite(
  ui: ReactElement,
  options: MoniteWrapperOptions,
): RenderResult & { queryClient: QueryClient } {
  const { client, scope, queryClient = createTestQueryClient() } = options
  const view = render(ui, { wrapper: createWrapper({ client, queryClient, scope }) })
  return { ...view, queryClient }
}

/** Requests the fake answered for `method` whose URL path contains `pathPart`. */
export function requestsTo(fake: Fake, method: string, pathPart: string) {
  return fake.requests.filter(
    (r) => r.method === method && new URL(r.url).pathname.includes(pathPart),
  )
}
