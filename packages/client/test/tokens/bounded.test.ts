// Item 1 of issue 11: a token acquisition is bounded (`tokenTimeoutMs`), shared, and abandoned
// past its deadline so that the next call starts a fresh one; `fetchToken` gets its signal.
import { setTimeout as delay } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { createMoniteClient, isMoniteClientError } from '../../src'
import { rejection, startHarness } from './harness'

const partner = { type: 'partner', clientId: 'c1', clientSecret: 's1' } as const

describe('a token request that never answers', () => {
  it('is abandoned at tokenTimeoutMs (its socket closed); the next call fetches a new token', async () => {
    const h = await startHarness()
    h.onToken = (n) => (n === 1 ? 'hang' : { json: { access_token: `tok-${n}`, expires_in: 3600 } })
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: partner,
      tokenTimeoutMs: 300,
      timeoutMs: 2_000,
    })
    const started = Date.now()
    // A caller with a short deadline gives up on its own: a timeout, not a token error.
    const impatient = await rejection(client.entityUsers.me({ timeoutMs: 50 }))
    expect(isMoniteClientError(impatient) && impatient.code).toBe('timeout')
    // A caller that waits on the stuck request gets a token error when it is abandoned.
    const waiting = await rejection(client.entityUsers.me())
    expect(isMoniteClientError(waiting) && waiting.code).toBe('token')
    expect(((waiting as Error).cause as Error).name).toBe('TimeoutError')
    expect(Date.now() - started).toBeLessThan(1_500)
    // The abandoned request was aborted: the client closed its socket.
    await h.tokenRequests[0]?.closed
    expect(h.tokenRequests[0]?.answered).toBe(false)
    // Later calls do not wait on it: a fresh token request, answered at once.
    const later = Date.now()
    await expect(client.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
    await expect(client.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
    expect(Date.now() - later).toBeLessThan(1_000)
    expect(h.tokenRequests).toHaveLength(2)
    expect(h.seen).toEqual(['tok-2', 'tok-2'])
  })

  it('many callers during the outage: each fails within its own deadline, none after the outage ends', async () => {
    const h = await startHarness()
    let outage = true
    h.onToken = (n) => (outage ? 'hang' : { json: { access_token: `tok-${n}`, expires_in: 3600 } })
    const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner, tokenTimeoutMs: 200 })
    const outcomes = new Set<string>()
    for (let i = 0; i < 6; i++) {
      const started = Date.now()
      const error = await rejection(client.entityUsers.me({ timeoutMs: 120 }))
      // Its own deadline, or the end of the acquisition it joined, whichever comes first.
      expect(Date.now() - started).toBeLessThan(400)
      outcomes.add(isMoniteClientError(error) ? error.code : String(error))
    }
    expect([...outcomes].every((code) => code === 'timeout' || code === 'token')).toBe(true)
    outage = false
    await delay(250) // the last stuck acquisition is abandoned
    await expect(client.entityUsers.me({ timeoutMs: 1_000 })).resolves.toMatchObject({
      login: 'ada',
    })
    // One stuck request per 200 ms window, not one per call, and not one for ever.
    expect(h.tokenRequests.length).toBeGreaterThanOrEqual(3)
    expect(h.tokenRequests.length).toBeLessThanOrEqual(6)
  })
})

describe('fetchToken() gets an AbortSignal', () => {
  it('that aborts when the acquisition is abandoned; the next call calls fetchToken again', async () => {
    const h = await startHarness()
    const signals: AbortSignal[] = []
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      tokenTimeoutMs: 150,
      auth: {
        type: 'fetchToken',
        fetchToken: ({ signal }) => {
          signals.push(signal)
          // The first one never settles, whatever its signal says.
          return signals.length === 1 ? new Promise(() => {}) : Promise.resolve('fresh')
        },
      },
    })
    const error = await rejection(client.entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('token')
    expect(signals[0]?.aborted).toBe(true)
    await expect(client.entityUsers.me()).resolves.toMatchObject({ login: 'ada' })
    expect(signals).toHaveLength(2)
    expect(signals[1]?.aborted).toBe(false)
    expect(h.seen).toEqual(['fresh'])
  })
})

describe('one caller giving up', () => {
  it('never cancels the token request for the others', async () => {
    const h = await startHarness()
    h.onToken = async (n) => {
      await delay(150)
      return { json: { access_token: `tok-${n}`, expires_in: 3600 } }
    }
    const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner })
    const controller = new AbortController()
    const first = client.entityUsers.me({ signal: controller.signal })
    const second = client.entityUsers.me()
    const third = client.entityUsers.me({ timeoutMs: 30 })
    setTimeout(() => controller.abort(), 20)
    expect((await rejection(first)).name).toBe('AbortError')
    const timedOut = await rejection(third)
    expect(isMoniteClientError(timedOut) && timedOut.code).toBe('timeout')
    await expect(second).resolves.toMatchObject({ login: 'ada' })
    expect(h.tokenRequests).toHaveLength(1)
    expect(h.tokenRequests[0]?.answered).toBe(true)
    expect(h.seen).toEqual(['tok-1'])
  })
})

describe('a fetchToken() caller giving up', () => {
  it("never aborts fetchToken's signal for the others", async () => {
    const h = await startHarness()
    const signals: AbortSignal[] = []
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: {
        type: 'fetchToken',
        fetchToken: async ({ signal }) => {
          signals.push(signal)
          await delay(100)
          signal.throwIfAborted()
          return 'shared'
        },
      },
    })
    const gaveUp = rejection(client.entityUsers.me({ signal: AbortSignal.timeout(20) }))
    const waited = client.entityUsers.me()
    expect((await gaveUp).name).toBe('TimeoutError')
    await expect(waited).resolves.toMatchObject({ login: 'ada' })
    expect(signals).toHaveLength(1)
    expect(signals[0]?.aborted).toBe(false)
    expect(h.seen).toEqual(['shared'])
  })
})
