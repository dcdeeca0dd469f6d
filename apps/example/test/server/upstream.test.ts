import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAppServer } from '../../server/index.mjs'
import { CSRF, hostOf } from './support'

// Hostile networks on both sides: a Monite that hangs or resets mid-answer, and a browser that
// stalls mid-body. The server must answer promptly with a clear status, log one line (no stack),
// and never hang.

type Mode = 'ok' | 'hang' | 'reset' | 'echo-secret'
let mode: Mode = 'ok'
let upstream: Server
let upstreamUrl: string
const sockets = new Set<import('node:net').Socket>()

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/v1/auth/token' && mode === 'echo-secret') {
      // A careless upstream that repeats the credentials it was sent in its error message.
      res.writeHead(401, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ error: { message: 'Invalid client_secret "secret-7f3a"' } }))
    }
    if (req.url === '/v1/auth/token') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ access_token: 't', expires_in: 3600, token_type: 'Bearer' }))
    }
    if (mode === 'hang') return // never answers
    if (mode === 'reset') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      res.write('{"data":[')
      setTimeout(() => res.socket?.destroy(), 20)
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"data":[]}')
  })
  upstream.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok))
  const address = upstream.address()
  upstreamUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((ok) => upstream?.close(ok))
})
beforeEach(() => {
  mode = 'ok'
})

async function start() {
  const log: string[] = []
  const app = await startAppServer({
    port: 0,
    host: '127.0.0.1',
    env: {
      MONITE_CLIENT_ID: 'id',
      MONITE_CLIENT_SECRET: 'secret-7f3a',
      MONITE_ENTITY_ID: '11111111-1111-4111-8111-111111111111',
      MONITE_API_URL: upstreamUrl,
    },
    upstreamTimeoutMs: 400,
    requestTimeoutMs: 600,
    log: { error: (...args: unknown[]) => log.push(args.map(String).join(' ')) },
  })
  return Object.assign(app, { log })
}

describe('hostile networks', () => {
  it('answers 504 when Monite does not answer in time', async () => {
    const app = await start()
    try {
      expect((await fetch(`${app.url}/api/monite/v1/roles`)).status).toBe(200)
      mode = 'hang'
      const response = await fetch(`${app.url}/api/monite/v1/roles`)
      expect(response.status).toBe(504)
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'upstream_timeout',
      )
      expect(app.log).toHaveLength(1)
      expect(app.log[0]).toMatch(/did not answer within 400 ms/)
      expect(app.log[0]).not.toMatch(/\n\s+at /)
    } finally {
      await app.close()
    }
  })

  it('answers 502 when Monite resets the connection mid-answer', async () => {
    const app = await start()
    try {
      mode = 'reset'
      const response = await fetch(`${app.url}/api/monite/v1/roles`)
      expect(response.status).toBe(502)
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'upstream_unreachable',
      )
      expect(app.log).toHaveLength(1)
      expect(app.log[0]).toMatch(/Could not reach Monite/)
      expect(app.log[0]).not.toMatch(/\n\s+at /)
    } finally {
      await app.close()
    }
  })

  it('never logs or answers the secret, even when Monite repeats it', async () => {
    const app = await start()
    try {
      mode = 'echo-secret'
      const response = await fetch(`${app.url}/api/monite/v1/roles`)
      expect(response.status).toBe(502)
      expect(await response.text()).not.toContain('secret-7f3a')
      expect(app.log).toHaveLength(1)
      expect(app.log[0]).toMatch(/rejected the partner credentials/)
      expect(app.log[0]).not.toContain('secret-7f3a')
    } finally {
      await app.close()
    }
  })

  it('answers 408 to a browser that stalls mid-body, and forwards nothing', async () => {
    const app = await start()
    try {
      const { hostname, port } = new URL(app.url)
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect({ host: hostname, port: Number(port) })
        let text = ''
        socket.on('data', (chunk) => {
          text += chunk.toString('latin1')
        })
        socket.on('close', () => resolve(text))
        socket.on('error', reject)
        socket.write(
          `POST /api/monite/v1/roles HTTP/1.1\r\nHost: ${hostOf(app.url)}\r\n` +
            `Content-Type: application/json\r\nx-monite-kit-csrf: ${CSRF['x-monite-kit-csrf']}\r\n` +
            'Content-Length: 100\r\n\r\n{"name":',
        )
        // ...and nothing more.
      })
      expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    } finally {
      await app.close()
    }
  })
})
