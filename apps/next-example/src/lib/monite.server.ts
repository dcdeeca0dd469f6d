import 'server-only'
import { type AccessToken, createMoniteClient, type MoniteClient } from '@monite-kit/client'
import { createFakeMonite } from '@monite-kit/fixtures'
import { readMoniteMode } from './config.server'
import { DEMO_PERSONAS, demoWorld } from './demoWorld'

/** Someone the demo sign-in offers: a value the server maps back to an entity user. */
export interface SignInOption {
  value: string
  label: string
  description: string
}

/** The server's side of Monite: partner credentials, the entity, and how requests travel. */
export interface MoniteBackend {
  mode: 'fake' | 'real'
  /** Monite's API root as the kit's clients (and so the query keys) name it, on both sides. */
  apiBaseUrl: string
  entityId: string
  /** Sends a request to Monite: `fake.fetch` in fake mode, the global fetch in real mode. */
  upstream: (request: Request) => Promise<Response>
  /** The people the demo sign-in offers. */
  signInOptions(): Promise<SignInOption[]>
  /** An entity-user token for `entityUserId`, minted with the partner credentials. */
  mintToken(entityUserId: string): Promise<AccessToken>
  /** A server-side client acting as `entityUserId` (cached per user: its token is reused). */
  clientFor(entityUserId: string): MoniteClient
}

function createBackend(): MoniteBackend {
  const config = readMoniteMode()
  let entityId: string
  let clientId: string
  let clientSecret: string
  let upstream: (request: Request) => Promise<Response>
  let signInOptions: MoniteBackend['signInOptions']
  if (config.mode === 'fake') {
    const world = demoWorld()
    const fake = createFakeMonite({ world, baseUrl: config.apiBaseUrl })
    const entity = world.entities[0]
    if (!entity) throw new Error('The demo world has no entity')
    entityId = entity.id
    ;({ clientId, clientSecret } = world.partner)
    upstream = (request) => fake.fetch(request)
    const options = DEMO_PERSONAS.map(({ preset, description }) => {
      const user = entity.users.find((u) => u.role_id === entity.presetRoles[preset])
      if (!user) throw new Error(`The demo world has no ${preset} user`)
      const role = entity.roles.find((r) => r.id === user.role_id)
      return {
        value: user.id,
        label: `${user.first_name} ${user.last_name ?? ''}`.trim(),
        description: `${role?.name ?? preset}: ${description}`,
      }
    })
    signInOptions = async () => options
  } else {
    entityId = config.entityId
    ;({ clientId, clientSecret } = config)
    upstream = (request) => fetch(request)
    signInOptions = async () => {
      const page = await partner.entityUsers.list({ limit: 20 })
      return page.data.map((user) => ({
        value: user.id,
        label: `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim() || user.login,
        description: user.login,
      }))
    }
  }

  const partner = createMoniteClient({
    baseUrl: config.apiBaseUrl,
    entityId,
    auth: { type: 'partner', clientId, clientSecret },
    fetch: upstream,
  })
  const clients = new Map<string, MoniteClient>()

  return {
    mode: config.mode,
    apiBaseUrl: config.apiBaseUrl,
    entityId,
    upstream,
    signInOptions,
    mintToken: (entityUserId) =>
      partner.auth.token({
        grant_type: 'entity_user',
        client_id: clientId,
        client_secret: clientSecret,
        entity_user_id: entityUserId,
      }),
    clientFor(entityUserId) {
      let client = clients.get(entityUserId)
      if (!client) {
        client = createMoniteClient({
          baseUrl: config.apiBaseUrl,
          entityId,
          scope: entityUserId,
          auth: { type: 'entity_user', clientId, clientSecret, entityUserId },
          fetch: upstream,
        })
        clients.set(entityUserId, client)
      }
      return client
    },
  }
}

const KEY = Symbol.for('@monite-kit/next-example/backend')

/**
 * The process-wide backend (and, in fake mode, the one fake Monite every route handler, Server
 * Component and server action of this process shares). Kept on `globalThis`: Next may load this
 * module once per route bundle.
 */
export function moniteBackend(): MoniteBackend {
  const store = globalThis as typeof globalThis & { [KEY]?: MoniteBackend }
  store[KEY] ??= createBackend()
  return store[KEY]
}
