import world from 'virtual:monite-demo-world'
import { createFakeMoniteCore } from '@monite-kit/fixtures'
import type { AppBackend } from './backend'
import { seedDemoPayables } from './demoPayables'
import { fakeBackend } from './fakeBackend'

/**
 * Same-origin API root of the fake, so requests and the request log read like the real API's
 * paths (and nothing could go to Monite: without the fake these requests just 404).
 */
export function fakeBaseUrl(origin = window.location.origin): string {
  return `${origin}/fake-monite/v1`
}

/**
 * Fake mode: the fixtures' fake Monite API runs in the page, over the world built ahead of time
 * (see demoWorld.ts); the app's clients send their requests to `fake.fetch`. Neither faker nor
 * MSW is in the bundle.
 */
export async function startFakeBackend(): Promise<AppBackend> {
  const fake = createFakeMoniteCore(world, { baseUrl: fakeBaseUrl() })
  // For tests and the curious: `__moniteFake.control.failNext(...)`, `.requests`, `.store`.
  Object.assign(window, { __moniteFake: fake })
  const backend = fakeBackend(fake, fake.fetch)
  await seedDemoPayables(backend.partnerClient)
  return backend
}
