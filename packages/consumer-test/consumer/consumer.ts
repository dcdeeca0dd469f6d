// Type-checked in the consumer project with moduleResolution bundler and node16.
import {
  createMoniteClient,
  type EntityUser,
  isMoniteApiError,
  type MoniteClient,
  type Role,
} from '@monite-kit/client'
import {
  buildEntityUser,
  createFakeMonite,
  createWorld,
  type MoniteWorld,
} from '@monite-kit/fixtures'
import { type FakeMoniteServer, setupFakeMoniteServer } from '@monite-kit/fixtures/node'
import {
  MoniteProvider,
  type MoniteProviderProps,
  moniteKeys,
  useEntityUsers,
} from '@monite-kit/react'

export const world: MoniteWorld = createWorld({ seed: 1 })
export const fake = createFakeMonite({ world })
export const serverFactory: () => FakeMoniteServer = () => setupFakeMoniteServer({ world })
export const client: MoniteClient = createMoniteClient({
  baseUrl: fake.baseUrl,
  entityId: world.entities[0]?.id,
  auth: { type: 'partner', ...world.partner },
})

export async function logins(monite: MoniteClient): Promise<string[]> {
  const page = await monite.entityUsers.list({ limit: 5, sort: 'updated_at', order: 'desc' })
  return page.data.map((user: EntityUser) => user.login)
}

export async function roleName(monite: MoniteClient, id: string): Promise<string | null> {
  try {
    const role: Role = await monite.roles.get(id)
    return role.name
  } catch (error) {
    if (isMoniteApiError(error) && error.status === 404) return null
    throw error
  }
}

export const user: EntityUser = buildEntityUser({ first_name: 'Ada' })
export const providerProps: MoniteProviderProps = { client }
export const react = { MoniteProvider, useEntityUsers, moniteKeys }

// @ts-expect-error: login is a string
export const wrong: EntityUser['login'] = 42
