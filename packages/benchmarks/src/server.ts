// Starts and stops the benchmark server (src/server-worker.mjs) in a worker thread.
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'

export interface BenchServer {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string
  configure(config: { ttl?: number; tokenDelayMs?: number; revokeIssued?: boolean }): Promise<void>
  stats(): Promise<{ tokensIssued: number; requests: number }>
  close(): Promise<void>
}

interface Reply {
  type: string
  port?: number
  tokensIssued?: number
  requests?: number
}

export async function startServer(): Promise<BenchServer> {
  const worker = new Worker(new URL('./server-worker.mjs', import.meta.url))
  const next = async (type: string): Promise<Reply> => {
    for (;;) {
      const [message] = (await once(worker, 'message')) as [Reply]
      if (message.type === type) return message
    }
  }
  const { port } = await next('listening')
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    async configure(config) {
      worker.postMessage({ type: 'config', ...config })
      await next('ok')
    },
    async stats() {
      worker.postMessage({ type: 'stats' })
      const reply = await next('stats')
      return { tokensIssued: reply.tokensIssued ?? 0, requests: reply.requests ?? 0 }
    },
    async close() {
      worker.postMessage({ type: 'close' })
      await Promise.race([next('closed'), new Promise((r) => setTimeout(r, 2000))])
      await worker.terminate()
    },
  }
}
