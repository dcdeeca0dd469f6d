// One process of a partner backend for the token-store benchmark (forked by
// suites/tokenStore.ts): two clients on the bench server, one with the default in-memory token
// cache, one with the Redis token store, and the calls the parent asks for.
import { createMoniteClient } from '@monite-kit/client'
import { createRedisTokenStore } from '@monite-kit/token-store-redis'
import { createClient } from 'redis'

const USER_ID = '7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f'
const auth = { type: 'partner', clientId: 'bench-client', clientSecret: 'bench-secret' }
let clients
let redis

/** `count` concurrent calls; the latency of each, in ms. */
async function batch(client, count) {
  const calls = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    calls.push(client.entityUsers.get(USER_ID).then(() => performance.now() - start))
  }
  return Promise.all(calls)
}

process.on('message', async (message) => {
  try {
    if (message.type === 'init') {
      redis = await createClient({ url: message.redisUrl }).connect()
      const options = { baseUrl: message.baseUrl, entityId: message.entityId, auth }
      clients = {
        memory: createMoniteClient(options),
        redis: createMoniteClient({
          ...options,
          tokenStore: createRedisTokenStore({ client: redis, prefix: message.prefix }),
        }),
      }
      process.send({ type: 'ready' })
    } else if (message.type === 'batch') {
      const client = clients[message.store]
      if (message.clearToken) client.auth.clearToken()
      process.send({ type: 'batch', latencies: await batch(client, message.count) })
    } else if (message.type === 'sequential') {
      // `count` calls one after another, the first one after clearToken() if asked.
      const client = clients[message.store]
      if (message.clearToken) client.auth.clearToken()
      const latencies = []
      for (let i = 0; i < message.count; i++) latencies.push(...(await batch(client, 1)))
      process.send({ type: 'batch', latencies })
    } else if (message.type === 'exit') {
      redis?.destroy()
      process.exit(0)
    }
  } catch (error) {
    process.send({ type: 'error', error: String(error?.stack ?? error) })
  }
})
process.send({ type: 'started' })
