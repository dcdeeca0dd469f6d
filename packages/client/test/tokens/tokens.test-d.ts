import { describe, expectTypeOf, it } from 'vitest'
import {
  createMoniteClient,
  type MoniteAuth,
  type MoniteClientOptions,
  type MoniteStoredToken,
  type MoniteTokenStore,
} from '../../src'

describe('token options', () => {
  it('fetchToken receives { signal }; a callback without parameters still fits', () => {
    const withSignal: MoniteAuth = {
      type: 'fetchToken',
      fetchToken: ({ signal }) => {
        expectTypeOf(signal).toEqualTypeOf<AbortSignal>()
        return fetch('/token', { signal }).then((r) => r.json())
      },
    }
    const without: MoniteAuth = { type: 'fetchToken', fetchToken: async () => 'token' }
    expectTypeOf([withSignal, without]).toMatchTypeOf<MoniteAuth[]>()
  })

  it('tokenTimeoutMs is a number; tokenStore a MoniteTokenStore', () => {
    expectTypeOf<MoniteClientOptions['tokenTimeoutMs']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<MoniteClientOptions['tokenStore']>().toEqualTypeOf<MoniteTokenStore | undefined>()
    // @ts-expect-error a store needs lock()
    createMoniteClient({ tokenStore: { get: async () => undefined, set: async () => {} } })
    // @ts-expect-error a timeout is a number of ms
    createMoniteClient({ tokenTimeoutMs: '5000' })
  })

  it('a store reads and writes MoniteStoredToken; lock gives a release or null', () => {
    expectTypeOf<MoniteStoredToken>().toEqualTypeOf<{
      token: string
      expiresAt: number
      id: string
    }>()
    expectTypeOf<ReturnType<MoniteTokenStore['get']>>().toEqualTypeOf<
      Promise<MoniteStoredToken | null | undefined>
    >()
    expectTypeOf<ReturnType<MoniteTokenStore['lock']>>().toEqualTypeOf<
      Promise<(() => unknown) | null>
    >()
  })
})
