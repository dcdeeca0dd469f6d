// A real node:http Monite stand-in on 127.0.0.1 (ephemeral port) for the token tests: a token
// endpoint whose every answer the test decides (including never answering), and
// `GET /v1/entity_users/me`, which accepts the bearer tokens the test says are valid.
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'

/** What the token endpoint does with its n-th request (1-based). */
export type TokenReply =
  | { status?: number; json: unknown }
  | { status: number; text: string; type?: string }
  | 'hang'
  | 'reset'

export interface TokenRequest {
  body: Record<string, unknown>
  /** Settles when the client closes the request's socket (e.g. it aborted the request). */
  closed: Promise<void>
  /** Whether the server answered it. */
  answered: boolean
}

export interface Harness {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string
  /** Every `POST /v1/auth/token`, in arrival order. */
  tokenRequests: TokenRequest[]
  /** The bearer tokens `/entity_users/me` saw, in arrival order. */
  seen: string[]
  /** Decides the answer to the n-th token request (1-based). Default: `tok-<n>`, 1 hour. */
  onToken: (n: number, body: Record<string, unknown>) => TokenReply | Promise<TokenReply>
  /** Whether `/entity_users/me` accepts this bearer token. Default: any. */
  accepts: (token: string) => boolean
  /** How long `/entity_users/me` takes to answer, in ms. Default: no wait. */
  meDelayMs: () => number
}

const open = new Set<Harness & { close(): Promise<void> }>()
afterEach(async () => {
  await Promise.all([...open].map((h) => h.close()))
  open.clear()
})

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString()
  return text ? JSON.parse(text) : {}
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

/** Starts a server for the calling test; closed after the test. */
export async function startHarness(): Promise<Harness> {
  const hung = new Set<ServerResponse>()
  const harness: Harness = {
    baseUrl: '',
    tokenRequests: [],
    seen: [],
    onToken: (n) => ({ json: { access_token: `tok-${n}`, expires_in: 3600 } }),
    accepts: () => true,
    meDelayMs: () => 0,
  }
  const server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/v1/auth/token') {
      const body = await readJson(req)
      const request: TokenRequest = {
        body,
        closed: once(res, 'close').then(() => {}),
        answered: false,
      }
      harness.tokenRequests.push(request)
      const reply = await harness.onToken(harness.tokenRequests.length, body)
      if (reply === 'hang') {
        hung.add(res)
        return
      }
      if (reply === 'reset') {
        req.socket.destroy()
        return
      }
      request.answered = true
      if ('json' in reply) send(res, reply.status ?? 200, JSON.stringify(reply.json))
      else send(res, reply.status, reply.text, reply.type)
      return
    }
    if (req.method === 'GET' && req.url === '/v1/entity_users/me') {
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? ''
      harness.seen.push(token)
      // Judged on arrival, answered after the delay.
      const accepted = harness.accepts(token)
      const wait = harness.meDelayMs()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      if (!accepted) {
        send(res, 401, JSON.stringify({ error: { message: 'Token is invalid' } }))
      } else {
        send(res, 200, JSON.stringify({ id: 'u1', login: 'ada' }))
      }
      return
    }
    send(res, 404, JSON.stringify({ error: { message: 'not here' } }))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  harness.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  const handle = Object.assign(harness, {
    close: async () => {
      for (const res of hung) res.destroy()
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  })
  open.add(handle)
  return harness
}

/** The error `promise` rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`)
    },
    (error: Error) => error,
  )
}
