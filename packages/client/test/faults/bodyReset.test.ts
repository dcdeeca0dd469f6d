// Item 3 of #11: a failure while the body is read is a network error, retried under the same
// rules as one before the headers (idempotent methods only, never POST).
import type { ServerResponse } from 'node:http'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMoniteClientError } from '../../src'
import { clientOf, httpServer, rejection, resetMidBody, sendJson, tcpServer, user } from './servers'

describe('a reset while the body is read', () => {
  it('GET is retried, and succeeds when a later attempt gets the whole body', async () => {
    const server = await httpServer((_req, res, n) =>
      n < 2 ? resetMidBody(res) : sendJson(res, user),
    )
    await expect(clientOf(server).entityUsers.me()).resolves.toEqual(user)
    expect(server.requests).toEqual(Array(3).fill('GET /v1/entity_users/me'))
  })

  it('GET that keeps failing ends as MoniteClientError network after the retries', async () => {
    const server = await httpServer((_req, res) => resetMidBody(res))
    const error = await rejection(clientOf(server).entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('network')
    expect((error as Error).message).toMatch(/^GET \/v1\/entity_users\/me failed: /)
    expect((error as Error).cause).toBeInstanceOf(Error)
    expect(server.requests).toHaveLength(3)
  })

  it('raw GET is retried too', async () => {
    const server = await httpServer((_req, res, n) =>
      n < 1 ? resetMidBody(res) : sendJson(res, user),
    )
    const { data } = await clientOf(server).raw.GET('/entity_users/me')
    expect(data).toEqual(user)
    expect(server.requests).toHaveLength(2)
  })

  it('POST is never retried: network after one attempt', async () => {
    const server = await httpServer((_req, res) => resetMidBody(res))
    const error = await rejection(
      clientOf(server).roles.create({ name: 'x', permissions: { objects: [] } }),
    )
    expect(isMoniteClientError(error) && error.code).toBe('network')
    expect(server.requests).toEqual(['POST /v1/roles'])
  })

  it('a connection closed before the promised Content-Length arrived', async () => {
    const server = await tcpServer((socket) => {
      socket.end(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{"id"',
      )
    })
    const error = await rejection(clientOf(server, { retry: false }).entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('network')
  })

  it('garbage instead of HTTP is a network error, retried for GET', async () => {
    const server = await tcpServer((socket) => socket.end('garbage\r\n\r\n'))
    const error = await rejection(clientOf(server).entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('network')
    expect(server.requests).toHaveLength(3)
  })

  it('retry: false surfaces the first body failure', async () => {
    const server = await httpServer((_req, res) => resetMidBody(res))
    const error = await rejection(clientOf(server, { retry: false }).roles.list())
    expect(isMoniteClientError(error) && error.code).toBe('network')
    expect(server.requests).toHaveLength(1)
  })
})

describe('any sequence of faults (property, real sockets)', () => {
  type Fault = 'reset' | '503' | 'ok'
  const answer = {
    reset: resetMidBody,
    '503': (res: ServerResponse) => sendJson(res, {}, 503),
    ok: (res: ServerResponse) => sendJson(res, user),
  }

  it('GET succeeds iff an attempt within the 3 allowed answers whole; POST is sent once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Fault>('reset', '503', 'ok'), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('GET', 'POST'),
        async (faults, method) => {
          const server = await httpServer((_req, res, n) => answer[faults[n] ?? 'ok'](res))
          const client = clientOf(server)
          const call =
            method === 'GET'
              ? client.roles.get('r-1')
              : client.roles.create({ name: 'x', permissions: { objects: [] } })
          const outcome = await call.then(
            () => 'ok',
            (error: unknown) =>
              isMoniteClientError(error) ? error.code : (error as { status?: number }).status,
          )
          const tries = method === 'GET' ? 3 : 1
          const first = faults.slice(0, tries).indexOf('ok')
          const attempts = first === -1 ? tries : first + 1
          const last = faults[attempts - 1]
          expect(server.requests).toHaveLength(attempts)
          expect(outcome).toBe(last === 'ok' ? 'ok' : last === 'reset' ? 'network' : 503)
        },
      ),
      { numRuns: 25 },
    )
  })
})
