import { createWorld, setupFakeMoniteWorker } from '@monite-kit/fixtures/browser'
import type { AppBackend } from './backend'
import { seedDemoPayables } from './demoPayables'
import { fakeBackend } from './fakeBackend'

/** The seeded world of the demo: 6 roles (the five presets first) and 24 users (payables: demoPayables.ts). */
export const DEMO_SEED = 20240525
export function demoWorld() {
  return createWorld({ seed: DEMO_SEED, rolesPerEntity: 6, usersPerEntity: 24 })
}

/**
 * Same-origin API root of the fake, so it is obvious in the network panel that nothing goes
 * to Monite (and nothing could: without the worker these requests just 404).
 */
export function fakeBaseUrl(origin = window.location.origin): string {
  return `${origin}/fake-monite/v1`
}

/** Fake mode: the fixtures' fake Monite API runs in a service worker (MSW). */
export async function startFakeBackend(): Promise<AppBackend> {
  const { worker, fake } = setupFakeMoniteWorker({ world: demoWorld(), baseUrl: fakeBaseUrl() })
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  // For tests and the curious: `__moniteFake.control.failNext(...)`, `.requests`, `.store`.
  Object.assign(window, { __moniteFake: fake })
  const backend = fakeBackend(fake)
  await seedDemoPayables(backend.partnerClient)
  return backend
}
