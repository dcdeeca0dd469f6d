// Forks test/worker.mjs processes and talks to them over IPC.
import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import type { MoniteAuth } from '@monite-kit/client'

export interface CallsDone {
  type: 'done'
  ms: number
  latencies: number[]
  errors: string[]
  token: string
  endedAt: number
  /** When the first call succeeded (epoch ms). */
  firstEndedAt: number | undefined
}

export interface Worker {
  process: ChildProcess
  init(init: {
    baseUrl: string
    redisUrl: string
    auth: MoniteAuth
    entityId?: string
    tokenTimeoutMs?: number
    prefix?: string
  }): Promise<void>
  /** `count` concurrent `entityUsers.me()` calls. */
  calls(count: number): Promise<CallsDone>
  /** Sends the calls and returns at once; `result` settles when they are done. */
  start(count: number): { result: Promise<CallsDone> }
  /** `auth.getToken()`: the token, and when the worker had it (epoch ms). */
  getToken(): Promise<{ token: string; at: number }>
  kill(): Promise<void>
}

const script = fileURLToPath(new URL('./worker.mjs', import.meta.url))

export async function startWorker(): Promise<Worker> {
  const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = async <T>(type: string): Promise<T> => {
    for (;;) {
      const [message] = (await once(child, 'message')) as [{ type: string; error?: string }]
      if (message.type === 'error') throw new Error(`worker: ${message.error}`)
      if (message.type === type) return message as T
    }
  }
  await next('started')
  const start = (count: number) => {
    const result = next<CallsDone>('done')
    child.send({ type: 'calls', count })
    return { result }
  }
  return {
    process: child,
    async init(init) {
      const ready = next('ready')
      child.send({ type: 'init', ...init })
      await ready
    },
    calls: (count) => start(count).result,
    async getToken() {
      const reply = next<{ token: string; at: number }>('token')
      child.send({ type: 'getToken' })
      return reply
    },
    start,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit')
        child.kill('SIGKILL')
        await exited
      }
    },
  }
}
