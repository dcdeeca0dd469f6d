import { delay, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isMoniteClientError } from '../src'
import { BASE, json, partnerClient, server, tokenEndpoint, useMsw, user } from './helpers'

useMsw()
afterEach(() => {
  vi.useRealTimers()
})

function slowMe(ms: number) {
  const state = { calls: 0 }
  server.use(
    http.get(`${BASE}/entity_users/me`, async () => {
      state.calls++
      await delay(ms)
      return json(user)
    }),
  )
  return state
}

describe('abort and timeout', () => {
  it('an AbortSignal cancels the call with its reason', async () => {
    tokenEndpoint()
    slowMe(5_000)
    const controller = new AbortController()
    const pending = partnerClient().entityUsers.me({ signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    const error = await pending.catch((e: unknown) => e)
    expect((error as Error).name).toBe('AbortError')
  })

  it('an already aborted signal never sends', async () => {
    tokenEndpoint()
    const state = slowMe(0)
    const error = await partnerClient()
      .entityUsers.me({ signal: AbortSignal.abort() })
      .catch((e: unknown) => e)
    expect((error as Error).name).toBe('AbortError')
    expect(state.calls).toBe(0)
  })

  it('aborting during a Retry-After wait stops the retries', async () => {
    tokenEndpoint()
    let calls = 0
    server.use(
      http.get(`${BASE}/entity_users/me`, () => {
        calls++
        return json({ error: { message: 'slow down' } }, 429, { 'retry-after': '30' })
      }),
    )
    const controller = new AbortController()
    const pending = partnerClient().entityUsers.me({ signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    const error = await pending.catch((e: unknown) => e)
    expect((error as Error).name).toBe('AbortError')
    expect(calls).toBe(1)
  })

  it('timeoutMs (client default) ends a slow call with a timeout error', async () => {
    tokenEndpoint()
    slowMe(5_000)
    const error = await partnerClient({ timeoutMs: 50 })
      .entityUsers.me()
      .catch((e: unknown) => e)
    expect(isMoniteClientError(error) && error.code).toBe('timeout')
  })

  it('a per-call timeoutMs overrides the client default', async () => {
    tokenEndpoint()
    slowMe(200)
    const client = partnerClient({ timeoutMs: 20 })
    await expect(client.entityUsers.me({ timeoutMs: 2_000 })).resolves.toMatchObject({
      login: 'ada',
    })
    const error = await client.entityUsers.me().catch((e: unknown) => e)
    expect(isMoniteClientError(error) && error.code).toBe('timeout')
  })
})
