// Item 4 of issue 11: every failure to obtain a token is MoniteClientError `token`, with the
// underlying error as `cause`.
import { describe, expect, it } from 'vitest'
import {
  createMoniteClient,
  isMoniteApiError,
  isMoniteClientError,
  type MoniteClientOptions,
} from '../../src'
import { type Harness, rejection, startHarness, type TokenReply } from './harness'

const partner = { type: 'partner', clientId: 'c1', clientSecret: 's1' } as const

async function tokenFailure(reply: TokenReply, options: Partial<MoniteClientOptions> = {}) {
  const h = await startHarness()
  h.onToken = () => reply
  const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, ...options })
  const error = await rejection(client.entityUsers.me())
  // auth.getToken() fails the same way.
  const direct = await rejection(client.auth.getToken())
  expect(isMoniteClientError(direct) && direct.code).toBe('token')
  return { error, h }
}

function expectTokenError(error: Error, h: Harness) {
  expect(isMoniteClientError(error) && error.code).toBe('token')
  // Monite was never called without a token.
  expect(h.seen).toEqual([])
  return error.cause as Error
}

describe('token failures', () => {
  for (const status of [500, 401, 403, 429]) {
    it(`HTTP ${status} from /auth/token: token error, cause MoniteApiError ${status}`, async () => {
      const { error, h } = await tokenFailure(
        { status, json: { error: { message: `nope ${status}` } } },
        { retry: false },
      )
      const cause = expectTokenError(error, h)
      expect(isMoniteApiError(cause)).toBe(true)
      expect(cause).toMatchObject({ status, message: `nope ${status}`, path: '/v1/auth/token' })
      expect(error.message).toContain(`nope ${status}`)
    })
  }

  it('an HTML 200 (a captive portal, a proxy): cause invalid_response', async () => {
    const { error, h } = await tokenFailure({
      status: 200,
      text: '<html>Sign in to the Wi-Fi</html>',
      type: 'text/html',
    })
    const cause = expectTokenError(error, h)
    expect(isMoniteClientError(cause) && cause.code).toBe('invalid_response')
  })

  it('a 200 without access_token (or an empty one): token error', async () => {
    for (const json of [{ token_type: 'Bearer' }, { access_token: '' }, { access_token: 42 }]) {
      const { error, h } = await tokenFailure({ json })
      expect(expectTokenError(error, h).message).toContain('access_token')
    }
  })

  it('a connection reset: cause network (a POST is not retried)', async () => {
    const { error, h } = await tokenFailure('reset')
    const cause = expectTokenError(error, h)
    expect(isMoniteClientError(cause) && cause.code).toBe('network')
    expect(h.tokenRequests).toHaveLength(2) // one per call above, no retries
  })

  it('a refused connection: cause network', async () => {
    const h = await startHarness()
    const baseUrl = h.baseUrl.replace(/:\d+\//, ':1/') // nothing listens on port 1
    const client = createMoniteClient({ baseUrl, auth: partner })
    const error = await rejection(client.entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('token')
    const cause = error.cause
    expect(isMoniteClientError(cause) && cause.code).toBe('network')
  })

  it('a token request past tokenTimeoutMs: cause TimeoutError', async () => {
    const { error, h } = await tokenFailure('hang', { tokenTimeoutMs: 100 })
    const cause = expectTokenError(error, h)
    expect(cause.name).toBe('TimeoutError')
  })

  it('a rejecting fetchToken(): cause is its error, as is', async () => {
    const h = await startHarness()
    const backendDown = new TypeError('backend down')
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: { type: 'fetchToken', fetchToken: () => Promise.reject(backendDown) },
    })
    const error = await rejection(client.entityUsers.me())
    expect(expectTokenError(error, h)).toBe(backendDown)
  })

  it('a fetchToken() that throws synchronously: token error too', async () => {
    const h = await startHarness()
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: {
        type: 'fetchToken',
        fetchToken: () => {
          throw new Error('not a promise')
        },
      },
    })
    expect(expectTokenError(await rejection(client.entityUsers.me()), h).message).toBe(
      'not a promise',
    )
  })
})
