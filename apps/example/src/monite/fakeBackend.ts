import { createMoniteClient, type MoniteFetch } from '@monite-kit/client'
import type { FakeMonite } from '@monite-kit/fixtures'
import { type AppBackend, tokenSource } from './backend'
import { seedDemoPayables } from './demoPayables'

/**
 * The app's backend over a fake Monite API (in the page, or behind msw/node in tests). The browser holds a
 * partner-credential client — the world's credentials are fake, nothing real is at stake — and
 * mints entity-user tokens for "act as" through the fake's POST /auth/token, exactly as a
 * backend would against Monite. `fetch`: where the clients send requests (e.g. `fake.fetch`);
 * default the global fetch (MSW intercepts it).
 */
export function fakeBackend(
  fake: Pick<FakeMonite, 'baseUrl' | 'world' | 'reset'>,
  fetch?: MoniteFetch,
): AppBackend {
  const entity = fake.world.entities[0]!
  const { clientId, clientSecret } = fake.world.partner
  const partnerClient = createMoniteClient({
    baseUrl: fake.baseUrl,
    entityId: entity.id,
    auth: { type: 'partner', clientId, clientSecret },
    fetch,
  })
  return {
    mode: 'fake',
    label: 'Fake API · in your browser',
    entityId: entity.id,
    partnerClient,
    actAs(user) {
      const source = tokenSource(() =>
        partnerClient.auth.token({
          grant_type: 'entity_user',
          client_id: clientId,
          client_secret: clientSecret,
          entity_user_id: user.id,
        }),
      )
      const client = createMoniteClient({
        baseUrl: fake.baseUrl,
        entityId: entity.id,
        auth: { type: 'fetchToken', fetchToken: source.fetchToken },
        fetch,
      })
      return { client, ready: source.ready }
    },
    async reset() {
      fake.reset()
      partnerClient.auth.clearToken()
      await seedDemoPayables(partnerClient)
    },
  }
}
