import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { type FakeMoniteHttp, startFakeMoniteHttp } from '../../e2e/fakeMoniteHttp'
import { startAppServer } from '../../server/index.mjs'

export { type FakeMoniteHttp, startFakeMoniteHttp }

/** The header the app's browser client sends on every call to its own server. */
export const CSRF = { 'x-monite-kit-csrf': '1' } as const
export const JSON_CSRF = { 'content-type': 'application/json', ...CSRF } as const

export type AppServer = Awaited<ReturnType<typeof startAppServer>> & { log: string[] }

/** The app's server on 127.0.0.1 and a free port; what it logs lands in `log`. */
export async function startApp(
  env: Record<string, string | undefined>,
  options: { distDir?: string; host?: string } = {},
): Promise<AppServer> {
  const log: string[] = []
  const server = await startAppServer({
    port: 0,
    host: options.host ?? '127.0.0.1',
    distDir: options.distDir ?? join(tmpdir(), 'monite-example-no-dist'),
    env,
    log: { error: (...args: unknown[]) => log.push(args.map(String).join(' ')) },
  })
  return Object.assign(server, { log })
}

/** A JavaScript file worth compressing (~150 kB, like a bundle: repetitive text). */
export const BIG_JS = Array.from(
  { length: 3000 },
  (_, i) => `export function handler${i}(event) { return event.detail?.value ?? ${i} }\n`,
).join('')

/** A dist/ like Vite's: index.html, hashed assets, their source maps, public files. */
export async function makeDist(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'monite-example-dist-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-AbC12_-z.js"></script></head><body><div id="root"></div></body></html>',
  )
  await writeFile(join(dir, 'assets', 'index-AbC12_-z.js'), BIG_JS)
  await writeFile(
    join(dir, 'assets', 'index-AbC12_-z.js.map'),
    '{"version":3,"sources":["secret.ts"]}',
  )
  await writeFile(join(dir, 'assets', 'index-Xy9876Qq.css'), 'body{color:red}\n'.repeat(200))
  await writeFile(join(dir, 'assets', 'logo-Q1w2E3r4.png'), Buffer.alloc(2048, 7))
  await writeFile(join(dir, 'mockServiceWorker.js'), '// worker\n'.repeat(100))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
  /** Everything the server wrote, as text. */
  text: string
}

/**
 * Sends `request` as bytes over a fresh TCP connection (no client library normalising it) and
 * reads until the server closes or `Connection: close` ends the response.
 */
export function rawRequest(url: string, request: string | Buffer): Promise<RawResponse> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) })
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no complete answer to ${JSON.stringify(String(request).slice(0, 80))}`))
    }, 10_000)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', (error) => {
      // A reset after the answer was written still counts as an answer.
      if (chunks.length) socket.emit('close')
      else {
        clearTimeout(timer)
        reject(error)
      }
    })
    socket.on('close', () => {
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('latin1')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const at = line.indexOf(':')
        if (at > 0) headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim()
      }
      resolve({
        status: Number(statusLine.split(' ')[1] ?? 0),
        headers,
        body: rest.join('\r\n\r\n'),
        text,
      })
    })
    socket.write(request)
  })
}

/** `GET path` with exactly these headers (Host first), closing the connection after. */
export function rawGet(url: string, path: string, headers: Record<string, string>) {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  return rawRequest(
    url,
    `GET ${path} HTTP/1.1\r\n${[...lines, 'Connection: close'].join('\r\n')}\r\n\r\n`,
  )
}

/** The host:port the server listens on (what a browser sends as Host). */
export const hostOf = (url: string) => new URL(url).host

/** The app's server in front of the fake Monite over HTTP, as {@link appBehindFakeMonite} gives it. */
export interface AppBehindFakeMonite {
  readonly upstream: FakeMoniteHttp
  readonly app: AppServer
}

/**
 * Starts the fake Monite over HTTP and the app's server in front of it once for the test file
 * (closed after it); every test starts with empty `upstream.hits` and `app.log`.
 */
export function appBehindFakeMonite(): AppBehindFakeMonite {
  const servers = {} as { upstream: FakeMoniteHttp; app: AppServer }
  beforeAll(async () => {
    servers.upstream = await startFakeMoniteHttp()
    servers.app = await startApp(servers.upstream.env())
  })
  afterAll(async () => {
    await servers.app?.close()
    await servers.upstream?.close()
  })
  beforeEach(() => {
    servers.upstream.hits.length = 0
    servers.app.log.length = 0
  })
  return servers
}
