// Imports every published entry from ESM and prints what resolved where.
import * as client from '@monite-kit/client'
import * as fixtures from '@monite-kit/fixtures'
import * as fixturesNode from '@monite-kit/fixtures/node'
import * as react from '@monite-kit/react'

const specifiers = [
  '@monite-kit/client',
  '@monite-kit/react',
  '@monite-kit/fixtures',
  '@monite-kit/fixtures/node',
]
console.log(
  JSON.stringify({
    node: process.version,
    resolved: Object.fromEntries(specifiers.map((s) => [s, import.meta.resolve(s)])),
    exports: {
      createMoniteClient: typeof client.createMoniteClient,
      MoniteApiError: typeof client.MoniteApiError,
      MoniteProvider: typeof react.MoniteProvider,
      useEntityUsers: typeof react.useEntityUsers,
      createWorld: typeof fixtures.createWorld,
      createFakeMonite: typeof fixtures.createFakeMonite,
      setupFakeMoniteServer: typeof fixturesNode.setupFakeMoniteServer,
    },
  }),
)
