// A fake Monite API (MSW node server from @monite-kit/fixtures) and the client listing entity
// users through it, as an app's tests would do it.
import { createMoniteClient, isMoniteApiError } from '@monite-kit/client'
import { createWorld } from '@monite-kit/fixtures'
import { setupFakeMoniteServer } from '@monite-kit/fixtures/node'

const world = createWorld({ seed: 7, entities: 1, rolesPerEntity: 2, usersPerRole: 3 })
const { server, fake } = setupFakeMoniteServer({ world })
server.listen({ onUnhandledRequest: 'error' })
try {
  const entity = world.entities[0]
  const monite = createMoniteClient({
    baseUrl: fake.baseUrl,
    entityId: entity.id,
    auth: { type: 'partner', ...world.partner },
  })
  const logins = []
  for await (const user of monite.entityUsers.listAll({ limit: 2 })) logins.push(user.login)
  const first = await monite.entityUsers.get(entity.users[0].id)
  let notFound = null
  try {
    await monite.entityUsers.get('00000000-0000-4000-8000-000000000000')
  } catch (error) {
    notFound = isMoniteApiError(error) ? error.status : String(error)
  }
  console.log(
    JSON.stringify({
      node: process.version,
      expected: entity.users.length,
      listed: logins.length,
      unique: new Set(logins).size,
      first: first.id === entity.users[0].id,
      notFound,
      tokenRequests: fake.requests.filter((r) => r.path?.endsWith('/auth/token')).length,
    }),
  )
} finally {
  server.close()
}
