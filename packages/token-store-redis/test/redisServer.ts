// Starts a real redis-server (Debian's) for a test file, on a free loopback port, with no
// persistence; skips the file with a clear message where redis-server is absent.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { createClient } from 'redis'

function which(binary: string): string | undefined {
  try {
    return execFileSync('which', [binary], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** The redis-server binary (`$REDIS_SERVER`, else from PATH), or undefined. */
export const redisServerBinary = process.env.REDIS_SERVER || which('redis-server')

/** Why the Redis tests are skipped, or undefined when they run. */
export const skipReason = redisServerBinary
  ? undefined
  : 'redis-server not found (apt-get install redis-server, or set REDIS_SERVER): the Redis tests are skipped'

/** A port nothing listens on right now (redis-server has no `--port 0`). */
export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  return port
}

export interface RedisServer {
  url: string
  port: number
  process: ChildProcess
  stop(): Promise<void>
}

/** Starts redis-server on a free port and waits until it answers PING. */
export async function startRedis(): Promise<RedisServer> {
  if (!redisServerBinary) throw new Error(skipReason)
  for (let attempt = 0; ; attempt++) {
    const port = await freePort()
    const child = spawn(
      redisServerBinary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout?.on('data', (chunk) => {
      output += chunk
    })
    const url = `redis://127.0.0.1:${port}`
    const exited = once(child, 'exit').then(() => 'exited' as const)
    const ready = (async () => {
      for (let i = 0; i < 100; i++) {
        if (child.exitCode !== null) return 'exited' as const
        if (output.includes('Ready to accept connections')) return 'ready' as const
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return 'timeout' as const
    })()
    const state = await Promise.race([ready, exited])
    if (state === 'ready') {
      // It answers.
      const probe = await createClient({ url }).connect()
      await probe.ping()
      probe.destroy()
      return {
        url,
        port,
        process: child,
        async stop() {
          if (child.exitCode === null) {
            child.kill('SIGKILL')
            await once(child, 'exit')
          }
        },
      }
    }
    child.kill('SIGKILL')
    // The port was taken between freePort() and the start: try another one.
    if (attempt >= 3) throw new Error(`redis-server did not start: ${state}\n${output}`)
  }
}
