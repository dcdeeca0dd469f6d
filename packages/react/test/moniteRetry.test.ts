import { MoniteApiError, MoniteClientError } from '@monite-kit/client'
import { describe, expect, it } from 'vitest'
import { moniteRetry, moniteRetryDelay } from '../src'

const apiError = (status: number, retryAfterMs: number | null = null) =>
  new MoniteApiError({ status, message: 'x', method: 'GET', path: '/v1/roles', retryAfterMs })

describe('moniteRetry', () => {
  it.each([400, 401, 403, 404, 405, 409, 422])('does not retry %i', (status) => {
    expect(moniteRetry(0, apiError(status))).toBe(false)
  })

  it.each([429, 500, 502, 503])('retries %i once (the client already retried it)', (status) => {
    expect(moniteRetry(0, apiError(status))).toBe(true)
    expect(moniteRetry(1, apiError(status))).toBe(false)
  })

  it('retries timeouts and network failures, not client mistakes', () => {
    expect(moniteRetry(0, new MoniteClientError('timeout', 't'))).toBe(true)
    expect(moniteRetry(0, new MoniteClientError('network', 'n'))).toBe(true)
    expect(moniteRetry(0, new MoniteClientError('missing_entity_id', 'm'))).toBe(false)
    expect(moniteRetry(0, new MoniteClientError('invalid_options', 'o'))).toBe(false)
    expect(moniteRetry(0, new MoniteClientError('token', 'k'))).toBe(false)
  })

  it('recognises errors from another bundle copy by shape', () => {
    const foreign = Object.assign(new Error('x'), { name: 'MoniteApiError', status: 404 })
    expect(moniteRetry(0, foreign)).toBe(false)
  })
})

describe('moniteRetryDelay', () => {
  it("honours a 429's Retry-After", () => {
    expect(moniteRetryDelay(0, apiError(429, 2500))).toBe(2500)
  })

  it('backs off exponentially otherwise, capped at 30 s', () => {
    expect(moniteRetryDelay(0, apiError(500))).toBe(1000)
    expect(moniteRetryDelay(2, apiError(500))).toBe(4000)
    expect(moniteRetryDelay(10, new Error('x'))).toBe(30_000)
  })
})
