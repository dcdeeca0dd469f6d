// Item 5 of issue 11: refresh is single-flight by token generation, not by string comparison.
import { describe, expect, it } from 'vitest'
import { createMoniteClient } from '../../src'
import { startHarness } from './harness'

const CALLS = 1_000
const partner = { type: 'partner', clientId: 'c1', clientSecret: 's1' } as const

describe('a refreshed token that equals the revoked one', () => {
  it(`${CALLS} concurrent 401s cause exactly one fetchToken() refresh`, async () => {
    const h = await startHarness()
    let fetched = 0
    // Monite rejects the first issuance of "same" and accepts the second: same string.
    h.accepts = () => fetched >= 2
    // The 401s arrive over 100 ms, most of them after the refresh.
    h.meDelayMs = () => Math.random() * 100
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: {
        type: 'fetchToken',
        fetchToken: async () => {
          fetched++
          return { access_token: 'same', expires_in: 3600 }
        },
      },
    })
    const users = await Promise.all(Array.from({ length: CALLS }, () => client.entityUsers.me()))
    expect(users).toHaveLength(CALLS)
    expect(fetched).toBe(2) // the first token and one refresh
    expect(h.seen.filter((t) => t === 'same')).toHaveLength(h.seen.length)
    expect(h.seen.length).toBeGreaterThan(CALLS) // some (usually all) calls were replayed
    expect(h.seen.length).toBeLessThanOrEqual(2 * CALLS) // and none twice
  })

  it(`${CALLS} concurrent 401s with partner auth: one refresh token request`, async () => {
    const h = await startHarness()
    h.onToken = () => ({ json: { access_token: 'same', expires_in: 3600 } })
    h.accepts = () => h.tokenRequests.length >= 2
    h.meDelayMs = () => Math.random() * 100
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: { type: 'partner', clientId: 'c1', clientSecret: 's1' },
    })
    await Promise.all(Array.from({ length: CALLS }, () => client.entityUsers.me()))
    expect(h.tokenRequests).toHaveLength(2)
  })

  it('a 401 that comes back after the refresh does not discard the new token', async () => {
    const h = await startHarness()
    h.onToken = () => ({ json: { access_token: 'same', expires_in: 3600 } })
    h.accepts = () => h.tokenRequests.length >= 2
    const client = createMoniteClient({
      baseUrl: h.baseUrl,
      auth: { type: 'partner', clientId: 'c1', clientSecret: 's1' },
    })
    await client.entityUsers.me() // 401, refresh, replay
    await client.entityUsers.me()
    await client.entityUsers.me()
    expect(h.tokenRequests).toHaveLength(2)
    expect(h.seen).toEqual(['same', 'same', 'same', 'same'])
  })
})

describe('expires_in', () => {
  it('an unreadable, zero or negative expires_in: the token is used until a 401, not refetched per call', async () => {
    for (const expires_in of [-5, 0, 'soon', null, Number.NaN]) {
      const h = await startHarness()
      h.onToken = (n) => ({ json: { access_token: `tok-${n}`, expires_in } })
      const client = createMoniteClient({ baseUrl: h.baseUrl, auth: partner })
      for (let i = 0; i < 3; i++) await client.entityUsers.me()
      expect(h.tokenRequests).toHaveLength(1)
    }
  })
})
