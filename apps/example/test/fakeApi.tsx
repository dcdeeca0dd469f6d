import { createWorld, setupFakeMoniteServer } from '@monite-kit/fixtures/node'
import { type RenderResult, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { ActAsPickerProvider } from '../src/app/ActAsPicker'
import { SessionProvider } from '../src/app/session'
import { RouterProvider } from '../src/lib/router'
import { DEMO_WORLD } from '../src/monite/demoWorld'
import { fakeBackend } from '../src/monite/fakeBackend'
import { ToastProvider } from '../src/ui'

/**
 * The fixtures' fake Monite API behind msw/node, the same seeded world as the browser demo.
 * Call once per test file (registers the MSW lifecycle hooks).
 */
export function setupFakeMonite(options: { usersPerEntity?: number } = {}) {
  const world = createWorld({
    ...DEMO_WORLD,
    usersPerEntity: options.usersPerEntity ?? DEMO_WORLD.usersPerEntity,
  })
  const { server, fake } = setupFakeMoniteServer({ world, baseUrl: 'http://fake-monite.test/v1' })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    fake.reset()
    server.resetHandlers()
  })
  afterAll(() => server.close())
  const entity = world.entities[0]!
  return { fake, world, entity, server }
}

/** Renders `ui` inside the app's providers, against `fake`, as the partner or as one user. */
export function renderApp(
  fake: Parameters<typeof fakeBackend>[0],
  ui: ReactNode,
  options: { actAsId?: string | null } = {},
): RenderResult {
  const backend = fakeBackend(fake)
  return render(
    <ToastProvider>
      <RouterProvider>
        <SessionProvider backend={backend} initialActAsId={options.actAsId ?? null}>
          <ActAsPickerProvider>{ui}</ActAsPickerProvider>
        </SessionProvider>
      </RouterProvider>
    </ToastProvider>,
  )
}
