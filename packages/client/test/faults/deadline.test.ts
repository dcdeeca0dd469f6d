// Item 2 of #11: one deadline (`timeoutMs`) and the caller's signal cover the whole call: the
// token wait, every attempt, the retry waits and reading the body.
import { describe, expect, it } from 'vitest'
import { isMoniteClientError } from '../../src'
import { clientOf, httpServer, sendJson, settleWithin, stallBody, tcpServer, user } from './servers'

/** The error a call ends with, or `'still pending'` if it has not ended after 3 s. */
const outcome = (call: Promise<unknown>) =>
  settleWithin(
    call.catch((error: unknown) => error),
    3_000,
  )

const codeOf = (error: unknown) => (isMoniteClientError(error) ? error.code : error)

describe('timeoutMs covers the whole call', () => {
  it('a body that stalls after the headers (helpers)', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const result = await outcome(clientOf(server, { timeoutMs: 300 }).entityUsers.me())
    expect(codeOf(result)).toBe('timeout')
    expect((result as Error).message).toBe('GET /v1/entity_users/me timed out after 300 ms')
  })

  it('a body that stalls after the headers (raw)', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const client = clientOf(server)
    const result = await outcome(client.raw.GET('/entity_users/me', { timeoutMs: 300 }))
    expect(codeOf(result)).toBe('timeout')
  })

  it('a body that stalls, then a per-call timeout on a client without one', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const result = await outcome(clientOf(server).roles.get('r-1', { timeoutMs: 200 }))
    expect(codeOf(result)).toBe('timeout')
  })

  it('a server that accepts the connection and never answers', async () => {
    const server = await tcpServer(() => {})
    const result = await outcome(clientOf(server, { timeoutMs: 200 }).entityUsers.me())
    expect(codeOf(result)).toBe('timeout')
  })

  it('a slow drip of body bytes that would finish after the deadline', async () => {
    const server = await httpServer((_req, res) => {
      const body = JSON.stringify(user)
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
      let i = 0
      const drip = setInterval(() => {
        if (res.destroyed) return clearInterval(drip)
        res.write(body[i++])
        if (i === body.length) {
          clearInterval(drip)
          res.end()
        }
      }, 100)
    })
    const result = await outcome(clientOf(server, { timeoutMs: 300 }).entityUsers.me())
    expect(codeOf(result)).toBe('timeout')
  })

  it('the retry waits: a Retry-After longer than the deadline', async () => {
    const server = await httpServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '30' })
      res.end()
    })
    const result = await outcome(clientOf(server, { timeoutMs: 1_000 }).entityUsers.me())
    expect(codeOf(result)).toBe('timeout')
    expect(server.requests).toHaveLength(1)
  })

  it('the token wait: a fetchToken() that never settles', async () => {
    const server = await httpServer((_req, res) => sendJson(res, user))
    const client = clientOf(server, {
      timeoutMs: 200,
      auth: { type: 'fetchToken', fetchToken: () => new Promise(() => {}) },
    })
    const result = await outcome(client.entityUsers.me())
    expect(codeOf(result)).toBe('timeout')
    expect(server.requests).toHaveLength(0)
  })

  it("raw with parseAs: 'stream' still reads the body within the deadline", async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const call = clientOf(server).raw.GET('/entity_users/me', { parseAs: 'stream', timeoutMs: 200 })
    expect(codeOf(await outcome(call))).toBe('timeout')
  })

  it("raw with parseAs: 'stream' streams the bytes read", async () => {
    const server = await httpServer((_req, res) => sendJson(res, user))
    const { data } = await clientOf(server).raw.GET('/entity_users/me', { parseAs: 'stream' })
    expect(JSON.parse(await new Response(data).text())).toEqual(user)
  })

  it('a wrong per-call timeoutMs is invalid_options, before anything is sent', async () => {
    const server = await httpServer((_req, res) => sendJson(res, user))
    for (const timeoutMs of [Number.NaN, -1, Infinity, 2 ** 31]) {
      const result = await outcome(clientOf(server).entityUsers.me({ timeoutMs }))
      expect(codeOf(result)).toBe('invalid_options')
      expect((result as Error).message).toBe('timeoutMs must be a number from 0 to 2147483647')
    }
    expect(server.requests).toEqual([])
  })

  it('timeoutMs: 0 on a call lifts the client default for that call', async () => {
    const server = await httpServer((_req, res) => setTimeout(() => sendJson(res, user), 300))
    const client = clientOf(server, { timeoutMs: 100 })
    await expect(client.entityUsers.me({ timeoutMs: 0 })).resolves.toEqual(user)
  })

  it('a body that arrives within the deadline is returned', async () => {
    const server = await httpServer((_req, res) => sendJson(res, user))
    await expect(clientOf(server, { timeoutMs: 2_000 }).entityUsers.me()).resolves.toEqual(user)
  })
})

describe("the caller's AbortSignal covers the whole call", () => {
  it('abort while the body stalls (helpers)', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user gave up')), 300)
    const result = await outcome(clientOf(server).entityUsers.me({ signal: controller.signal }))
    expect((result as Error).message).toBe('user gave up')
  })

  it('abort while the body stalls (raw)', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user gave up')), 300)
    const client = clientOf(server)
    const result = await outcome(client.raw.GET('/entity_users/me', { signal: controller.signal }))
    expect((result as Error).message).toBe('user gave up')
  })

  it('abort while the body stalls (raw, a middleware returns its own Request)', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const client = clientOf(server)
    client.raw.use({
      onRequest: ({ request }) => new Request(request, { headers: request.headers }),
    })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user gave up')), 300)
    const call = client.raw.GET('/entity_users/me', { signal: controller.signal })
    expect(((await outcome(call)) as Error).message).toBe('user gave up')
  })

  it('abort while the body stalls, on a call that also has a timeout', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user gave up')), 300)
    const call = clientOf(server).entityUsers.me({ signal: controller.signal, timeoutMs: 10_000 })
    const result = await outcome(call)
    expect((result as Error).message).toBe('user gave up')
  })

  it('abort while the body stalls, through the fetch option', async () => {
    const server = await httpServer((_req, res) => stallBody(res))
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user gave up')), 300)
    // A fetch that ignores the signal it is given: the client still ends the call.
    const client = clientOf(server, {
      fetch: (request) => fetch(request.url, { headers: request.headers }),
    })
    const result = await outcome(client.entityUsers.me({ signal: controller.signal }))
    expect((result as Error).message).toBe('user gave up')
  })
})
