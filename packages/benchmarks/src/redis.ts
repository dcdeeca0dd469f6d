// Starts Debian's redis-server for the token-store benchmark on a free loopback port (redis-server
// has no `--port 0`), without persistence; `undefined` where redis-server is absent.
import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

export interface BenchRedis {
  url: string
  stop(): Promise<void>
}

function redisServerBinary(): string | undefined {
  if (process.env.REDIS_SERVER) return process.env.REDIS_SERVER
  try {
    return execFileSync('which', ['redis-server'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  return port
}

/** A running redis-server, or `undefined` when there is no redis-server binary. */
export async function startRedis(): Promise<BenchRedis | undefined> {
  const binary = redisServerBinary()
  if (!binary) return undefined
  const port = await freePort()
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  for (let i = 0; !output.includes('Ready to accept connections'); i++) {
    if (child.exitCode !== null || i > 100) {
      child.kill('SIGKILL')
      throw new Error(`redis-server did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGKILL')
        await once(child, 'exit')
      }
    },
  }
}
