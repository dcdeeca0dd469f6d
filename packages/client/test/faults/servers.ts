// Real sockets that misbehave: node:http and node:net servers on 127.0.0.1, port 0. Every server
// a test starts is closed (its sockets destroyed) after that test.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import {
  type AddressInfo,
  createServer as createNetServer,
  type Server,
  type Socket,
} from 'node:net'
import { afterEach } from 'vitest'
import { createMoniteClient, type MoniteClientOptions } from '../../src'

/** A running fault server. */
export interface FaultServer {
  /** The API root to give the client: `http://127.0.0.1:<port>/v1`. */
  readonly baseUrl: string
  /** Every request seen, in order, as `METHOD /path`. */
  readonly requests: string[]
}

const open = new Set<{ server: Server; sockets: Set<Socket> }>()

afterEach(async () => {
  const all = [...open]
  open.clear()
  await Promise.all(
    all.map(({ server, sockets }) => {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(resolve))
    }),
  )
})

async function listen(server: Server, requests: string[]): Promise<FaultServer> {
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  open.add({ server, sockets })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}/v1`, requests }
}

/**
 * An HTTP server: `handler` gets each request and its 0-based number, and may answer, stall
 * (never end the response) or destroy the socket.
 */
export function httpServer(
  handler: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<FaultServer> {
  const requests: string[] = []
  const server = createHttpServer((req, res) => {
    requests.push(`${req.method} ${req.url?.split('?')[0]}`)
    // The request body is not needed; reading it lets the answer go out in every case.
    req.resume()
    handler(req, res, requests.length - 1)
  })
  server.keepAliveTimeout = 60_000
  return listen(server, requests)
}

/** A TCP server that writes `answer(n)` (raw bytes, any garbage) once a request head arrives. */
export function tcpServer(answer: (socket: Socket, n: number) => void): Promise<FaultServer> {
  const requests: string[] = []
  const server = createNetServer((socket) => {
    let head = ''
    socket.on('data', (chunk) => {
      if (head.includes('\r\n\r\n')) return
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      const [method, path] = head.split(' ')
      requests.push(`${method} ${path?.split('?')[0]}`)
      answer(socket, requests.length - 1)
    })
    socket.on('error', () => {})
  })
  return listen(server, requests)
}

/** Answers `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': text.length })
  res.end(text)
}

/**
 * Sends the headers of a 200 JSON answer and the first bytes of its body, then stalls: the
 * promised rest never comes.
 */
export function stallBody(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 })
  res.write('{"id":')
}

/** Sends headers and part of the body, then resets the connection (TCP RST). */
export function resetMidBody(res: ServerResponse): void {
  stallBody(res)
  setTimeout(() => res.socket?.resetAndDestroy(), 20)
}

export const user = { id: 'u-1', login: 'ada', status: 'active' }

/** A client of `server` with a fixed token and fast, deterministic retries. */
export function clientOf(server: FaultServer, overrides: Partial<MoniteClientOptions> = {}) {
  return createMoniteClient({
    baseUrl: server.baseUrl,
    entityId: 'entity-1',
    auth: { type: 'token', token: 'tok' },
    retry: { baseDelayMs: 1, jitter: 0 },
    ...overrides,
  })
}

/** `promise`'s outcome, or `'still pending'` after `ms`: a hang shows up as a value, not a test timeout. */
export function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T | 'still pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<'still pending'>((resolve) => {
    timer = setTimeout(() => resolve('still pending'), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

/** What `promise` rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome)}`)
  return outcome.error
}
