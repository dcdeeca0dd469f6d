import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isMoniteApiError, isMoniteClientError } from '../src'
import { BASE, json, partnerClient, role, server, tokenEndpoint, useMsw, user } from './helpers'

useMsw()
afterEach(() => {
  vi.useRealTimers()
})

function sequence(method: 'get' | 'post', path: string, answers: Array<() => Response>) {
  const state = { calls: 0 }
  const handler = method === 'get' ? http.get : http.post
  server.use(
    handler(`${BASE}${path}`, () => {
      const answer = answers[Math.min(state.calls, answers.length - 1)]
      state.calls++
      return answer ? answer() : json({})
    }),
  )
  return state
}

const rateLimited = (retryAfter: string) => () =>
  json({ error: { message: 'Too many requests' } }, 429, { 'retry-after': retryAfter })

describe('429 and Retry-After', () => {
  it('waits the Retry-After seconds, then succeeds (fake timers)', async () => {
    tokenEndpoint()
    const state = sequence('get', '/entity_users/me', [rateLimited('3'), () => json(user)])
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const client = partnerClient({ retry: { jitter: 0 } })
    const pending = client.entityUsers.me()
    await vi.advanceTimersByTimeAsync(2_900)
    expect(state.calls).toBe(1)
    await vi.advanceTimersByTimeAsync(200)
    await expect(pending).resolves.toMatchObject({ login: 'ada' })
    expect(state.calls).toBe(2)
  })

  it('accepts Retry-After as an HTTP date', async () => {
    tokenEndpoint()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    vi.setSystemTime(new Date('2024-06-01T12:00:00Z'))
    const state = sequence('get', '/entity_users/me', [
      rateLimited('Sat, 01 Jun 2024 12:00:05 GMT'),
      () => json(user),
    ])
    const pending = partnerClient({ retry: { jitter: 0 } }).entityUsers.me()
    await vi.advanceTimersByTimeAsync(4_900)
    expect(state.calls).toBe(1)
    await vi.advanceTimersByTimeAsync(200)
    await expect(pending).resolves.toMatchObject({ login: 'ada' })
  })

  it('retries a POST after 429 (Monite did not process it)', async () => {
    tokenEndpoint()
    const state = sequence('post', '/roles', [rateLimited('0'), () => json(role)])
    await expect(
      partnerClient().roles.create({ name: 'Viewer', permissions: { objects: [] } }),
    ).resolves.toMatchObject({ name: 'Viewer' })
    expect(state.calls).toBe(2)
  })

  it('gives up after the retry budget with the 429 as MoniteApiError', async () => {
    tokenEndpoint()
    const state = sequence('get', '/entity_users/me', [rateLimited('0')])
    const error = await partnerClient({ retry: { retries: 3, jitter: 0 } })
      .entityUsers.me()
      .catch((e: unknown) => e)
    expect(state.calls).toBe(4)
    expect(isMoniteApiError(error) && error.status).toBe(429)
    expect(isMoniteApiError(error) && error.retryAfterMs).toBe(0)
  })

  it('does not wait longer than maxRetryAfterMs', async () => {
    tokenEndpoint()
    const state = sequence('get', '/entity_users/me', [rateLimited('3600')])
    const error = await partnerClient({ retry: { maxRetryAfterMs: 10_000 } })
      .entityUsers.me()
      .catch((e: unknown) => e)
    expect(state.calls).toBe(1)
    expect(isMoniteApiError(error) && error.retryAfterMs).toBe(3_600_000)
  })

  it('adds jitter on top of Retry-After, bounded by the jitter fraction', async () => {
    tokenEndpoint()
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const state = sequence('get', '/entity_users/me', [rateLimited('1'), () => json(user)])
    const pending = partnerClient({ retry: { jitter: 0.2 } }).entityUsers.me()
    await vi.advanceTimersByTimeAsync(1_050) // 1000 ms + 10% (0.5 × 0.2) = 1100 ms
    expect(state.calls).toBe(1)
    await vi.advanceTimersByTimeAsync(100)
    await expect(pending).resolves.toBeDefined()
    expect(state.calls).toBe(2)
  })

  it('retry: false turns retries off', async () => {
    tokenEndpoint()
    const state = sequence('get', '/entity_users/me', [rateLimited('0'), () => json(user)])
    const error = await partnerClient({ retry: false })
      .entityUsers.me()
      .catch((e: unknown) => e)
    expect(state.calls).toBe(1)
    expect(isMoniteApiError(error) && error.status).toBe(429)
  })
})

describe('5xx and network errors', () => {
  it('retries a GET after 503', async () => {
    tokenEndpoint()
    const state = sequence('get', '/entity_users/me', [
      () => json({ error: { message: 'busy' } }, 503),
      () => json(user),
    ])
    await expect(partnerClient().entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
    expect(state.calls).toBe(2)
  })

  it('does not retry a POST after 500', async () => {
    tokenEndpoint()
    const state = sequence('post', '/roles', [
      () => json({ error: { message: 'boom' } }, 500),
      () => json(role),
    ])
    const error = await partnerClient()
      .roles.create({ name: 'Viewer', permissions: { objects: [] } })
      .catch((e: unknown) => e)
    expect(state.calls).toBe(1)
    expect(isMoniteApiError(error) && error.status).toBe(500)
  })

  it('retries a GET after a network error, and not a POST', async () => {
    tokenEndpoint()
    const gets = sequence('get', '/entity_users/me', [() => HttpResponse.error(), () => json(user)])
    await expect(partnerClient().entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
    expect(gets.calls).toBe(2)

    const posts = sequence('post', '/roles', [() => HttpResponse.error(), () => json(role)])
    const error = await partnerClient()
      .roles.create({ name: 'Viewer', permissions: { objects: [] } })
      .catch((e: unknown) => e)
    expect(posts.calls).toBe(1)
    expect(isMoniteClientError(error) && error.code).toBe('network')
    expect((error as Error).cause).toBeInstanceOf(Error)
  })

  it('on5xx: false and custom idempotentMethods are honoured', async () => {
    tokenEndpoint()
    const gets = sequence('get', '/entity_users/me', [() => json({}, 502), () => json(user)])
    await expect(partnerClient({ retry: { on5xx: false } }).entityUsers.me()).rejects.toMatchObject(
      {
        status: 502,
      },
    )
    expect(gets.calls).toBe(1)
    const posts = sequence('post', '/roles', [() => json({}, 502), () => json(role)])
    await expect(
      partnerClient({ retry: { idempotentMethods: ['GET', 'POST'] } }).roles.create({
        name: 'x',
        permissions: { objects: [] },
      }),
    ).resolves.toMatchObject({ name: 'Viewer' })
    expect(posts.calls).toBe(2)
  })
})
