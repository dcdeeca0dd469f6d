// One "process" of a partner backend, driven over IPC by the multi-process tests: it builds a
// Monite client with the Redis token store (the built packages, as a user installs them) and
// makes the calls it is told to make.
import { createMoniteClient } from '@monite-kit/client'
import { createClient } from 'redis'
import { createRedisTokenStore } from '../dist/index.js'

let monite
let redis

process.on('message', async (message) => {
  try {
    if (message.type === 'init') {
      redis = await createClient({ url: message.redisUrl }).connect()
      monite = createMoniteClient({
        baseUrl: message.baseUrl,
        entityId: message.entityId,
        auth: message.auth,
        tokenTimeoutMs: message.tokenTimeoutMs,
        tokenStore: createRedisTokenStore({ client: redis, prefix: message.prefix }),
        retry: false,
      })
      process.send({ type: 'ready' })
    } else if (message.type === 'calls') {
      // `count` concurrent calls; each one's latency, and every failure.
      const started = performance.now()
      let firstEndedAt
      const results = await Promise.allSettled(
        Array.from({ length: message.count }, async () => {
          const t0 = performance.now()
          await monite.entityUsers.me()
          firstEndedAt ??= Date.now()
          return performance.now() - t0
        }),
      )
      process.send({
        type: 'done',
        ms: performance.now() - started,
        latencies: results.filter((r) => r.status === 'fulfilled').map((r) => r.value),
        errors: results.filter((r) => r.status === 'rejected').map((r) => String(r.reason)),
        token: await monite.auth.getToken().catch((error) => `error: ${error}`),
        endedAt: Date.now(),
        firstEndedAt,
      })
    } else if (message.type === 'getToken') {
      const token = await monite.auth.getToken().catch((error) => `error: ${error}`)
      process.send({ type: 'token', token, at: Date.now() })
    } else if (message.type === 'exit') {
      redis?.destroy()
      process.exit(0)
    }
  } catch (error) {
    process.send({ type: 'error', error: String(error?.stack ?? error) })
  }
})
process.send({ type: 'started' })
