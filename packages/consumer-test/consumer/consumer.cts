// CommonJS flavour, type-checked with module node16 (resolves the packages' "require" types).
import { createMoniteClient, type MoniteClient } from '@monite-kit/client'
import { createWorld } from '@monite-kit/fixtures'
import type { FakeMoniteServer } from '@monite-kit/fixtures/node'
import { moniteKeys } from '@monite-kit/react'

const world = createWorld({ seed: 2 })
export const client: MoniteClient = createMoniteClient({
  baseUrl: 'https://api.sandbox.monite.com/v1',
  auth: { type: 'partner', ...world.partner },
})
export type Server = FakeMoniteServer
export const keys = moniteKeys
