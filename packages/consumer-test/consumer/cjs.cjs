// Requires every published entry from CommonJS and prints what resolved where.
const client = require('@monite-kit/client')
const react = require('@monite-kit/react')
const fixtures = require('@monite-kit/fixtures')
const fixturesNode = require('@monite-kit/fixtures/node')

const specifiers = [
  '@monite-kit/client',
  '@monite-kit/react',
  '@monite-kit/fixtures',
  '@monite-kit/fixtures/node',
]
console.log(
  JSON.stringify({
    node: process.version,
    resolved: Object.fromEntries(specifiers.map((s) => [s, require.resolve(s)])),
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
