import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

export const appDir = join(dirname(fileURLToPath(import.meta.url)), '..')
export const nextBin = join(
  dirname(createRequire(join(appDir, 'package.json')).resolve('next/package.json')),
  'dist/bin/next',
)

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags this machine's closed network needs (as apps/example/e2e/harness.ts). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The environment of `next build` / `next start`: production, no telemetry, no credentials. */
export function nextEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' }
  for (const key of Object.keys(env)) if (key.startsWith('MONITE_')) delete env[key]
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra }
}

/** A port nobody listens on: `next start` takes no port 0, so ask the OS for one first. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })
}

export interface NextServer {
  url: string
  output(): string
  close(): Promise<void>
}

/** `next start` on 127.0.0.1 and a free port, in fake mode unless `env` says otherwise. */
export async function startNext(env: Record<string, string> = {}): Promise<NextServer> {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    { cwd: appDir, env: nextEnv(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code) => fail(new Error(`next start exited (${code}):\n${output}`))),
  )
  const deadline = Date.now() + 60_000
  for (;;) {
    const up = await Promise.race([
      fetch(`${url}/api/monite-token`, { method: 'HEAD' }).then(
        () => true,
        () => false,
      ),
      exited,
    ])
    if (up) break
    if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    url,
    output: () => output,
    async close() {
      if (child.exitCode !== null || !child.pid) return
      const gone = new Promise((r) => child.once('exit', r))
      // The whole group: `next start` runs the server in a child process of its own.
      process.kill(-child.pid, 'SIGTERM')
      await gone
    },
  }
}

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/** Debian's Chromium, headless, with a fresh profile directory that is removed afterwards. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'monite-next-example-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  })
  return {
    context,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** Collects page errors and console errors so a test can assert the console stayed clean. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // For "Failed to load resource" the location is the resource that failed.
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()} (${message.location().url})`)
    }
  })
  // A console "Failed to load resource" names no URL: record which response failed, and why.
  page.on('response', (response) => {
    if (response.status() >= 400) {
      const request = response.request()
      errors.push(`response: ${response.status()} ${request.method()} ${response.url()}`)
    }
  })
  return errors
}
