// Item 6 of #11: options are checked when the client is created; a wrong one throws
// MoniteClientError `invalid_options` naming the option and what it allows.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMoniteClient, isMoniteClientError, type MoniteClientOptions } from '../../src'

const base = { baseUrl: 'https://api.example.com/v1', auth: { type: 'token', token: 't' } } as const

/** The invalid_options error `options` give, or a failure. */
function refusal(options: unknown): Error {
  try {
    createMoniteClient(options as MoniteClientOptions)
  } catch (error) {
    if (isMoniteClientError(error) && error.code === 'invalid_options') return error
    throw error
  }
  throw new Error(`accepted: ${String(JSON.stringify(options))}`)
}

function accepts(options: unknown): void {
  expect(() => createMoniteClient(options as MoniteClientOptions)).not.toThrow()
}

/** Values that are not finite numbers: what `Number(process.env.X)` and typos give. */
// (`null` is left out: it leaves a retry field at its default, as `undefined` does.)
const notANumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, '100', true, {}, [], 10n),
  fc.string(),
)

const MAX = 2 ** 31 - 1
const msNumbers: [string, (v: unknown) => object][] = [
  ['timeoutMs', (v) => ({ timeoutMs: v })],
  ['tokenRefreshMarginMs', (v) => ({ tokenRefreshMarginMs: v })],
  ['retry.retries', (v) => ({ retry: { retries: v } })],
  ['retry.baseDelayMs', (v) => ({ retry: { baseDelayMs: v } })],
  ['retry.maxDelayMs', (v) => ({ retry: { maxDelayMs: v } })],
  ['retry.maxRetryAfterMs', (v) => ({ retry: { maxRetryAfterMs: v } })],
]

describe('numbers', () => {
  for (const [name, set] of msNumbers) {
    it(`${name}: a number from 0 to 2^31-1 (setTimeout's limit); nothing else`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            notANumber,
            fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
            fc.double({ min: MAX + 1, noNaN: true }),
          ),
          (value) => {
            const error = refusal({ ...base, ...set(value) })
            expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')} must be `))
          },
        ),
      )
      fc.assert(
        fc.property(fc.double({ min: 0, max: MAX, noNaN: true }), (value) =>
          accepts({ ...base, ...set(value) }),
        ),
      )
    })
  }

  it('retry.jitter: a number from 0 to 1', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          notANumber,
          fc.double({ min: 1, minExcluded: true }),
          fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
        ),
        (jitter) => {
          expect(refusal({ ...base, retry: { jitter } }).message).toMatch(/^retry\.jitter must be /)
        },
      ),
    )
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (jitter) =>
        accepts({ ...base, retry: { jitter } }),
      ),
    )
  })

  it("the issue's cases", () => {
    for (const options of [
      { retry: { retries: Number.NaN } },
      { retry: { retries: -1 } },
      { retry: { retries: Infinity } },
      { timeoutMs: -1 },
      { timeoutMs: Number.NaN },
      { timeoutMs: '300' },
      { retry: { baseDelayMs: -5 } },
      { tokenRefreshMarginMs: -1 },
    ]) {
      refusal({ ...base, ...options })
    }
  })
})

describe('enums, functions, strings', () => {
  it('environment: an own key of MONITE_ENVIRONMENTS, never a prototype property', () => {
    for (const environment of [
      'toString',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'prod',
      '',
      1,
    ]) {
      const error = refusal({ environment, auth: base.auth })
      expect(error.message).toBe('environment must be one of sandbox,eu,na,dev')
    }
    for (const environment of ['sandbox', 'eu', 'na', 'dev', undefined]) accepts({ environment })
  })

  it("auth.type: an own key, and each kind's fields of the right type", () => {
    for (const type of ['toString', '__proto__', 'bearer', undefined]) {
      expect(refusal({ ...base, auth: { type } }).message).toMatch(/^auth\.type must be /)
    }
    // (null, like undefined, is no auth.)
    expect(refusal({ ...base, auth: 'partner' }).message).toMatch(/^auth\.type must be /)
    expect(refusal({ ...base, auth: { type: 'fetchToken', fetchToken: 'x' } }).message).toBe(
      'auth.fetchToken must be a function',
    )
    expect(refusal({ ...base, auth: { type: 'fetchToken' } }).message).toBe(
      'auth.fetchToken must be a function',
    )
    expect(refusal({ ...base, auth: { type: 'token', token: 42 } }).message).toBe(
      'auth.token must be a non-empty string',
    )
    expect(
      refusal({ ...base, auth: { type: 'partner', clientId: 'a', clientSecret: '' } }).message,
    ).toBe('auth.clientSecret must be a non-empty string')
    expect(
      refusal({ ...base, auth: { type: 'entity_user', clientId: 'a', clientSecret: 'b' } }).message,
    ).toBe('auth.entityUserId must be a non-empty string')
  })

  it('a secret never appears in the message', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }), (secret) => {
        const error = refusal({
          ...base,
          auth: { type: 'partner', clientId: secret, clientSecret: 5 },
        })
        expect(error.message).not.toContain(secret)
      }),
    )
  })

  it('tokenTimeoutMs: a number from 1 to 715827882 (3 x it must stay a valid timer)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          notANumber,
          fc.constant(0),
          fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
          fc.double({ min: 715827883, noNaN: true }),
        ),
        (value) => {
          expect(refusal({ ...base, tokenTimeoutMs: value }).message).toMatch(
            /^tokenTimeoutMs must be a number from [01] to 715827882$/,
          )
        },
      ),
    )
    fc.assert(
      fc.property(fc.double({ min: 1, max: 715827882, noNaN: true }), (value) =>
        accepts({ ...base, tokenTimeoutMs: value }),
      ),
    )
  })

  it('tokenStore: an object with get, set and lock functions', () => {
    const fn = async () => null
    const store = { get: fn, set: fn, lock: fn }
    accepts({ ...base, tokenStore: store })
    for (const key of ['get', 'set', 'lock'] as const) {
      expect(refusal({ ...base, tokenStore: { ...store, [key]: 'x' } }).message).toBe(
        `tokenStore.${key} must be a function`,
      )
      const { [key]: _, ...missing } = store
      expect(refusal({ ...base, tokenStore: missing }).message).toBe(
        `tokenStore.${key} must be a function`,
      )
    }
  })

  it('fetch: a function', () => {
    for (const fetch of ['x', {}, 1]) {
      expect(refusal({ ...base, fetch }).message).toBe('fetch must be a function')
    }
    accepts({ ...base, fetch: globalThis.fetch })
  })

  it('retry: false or an object; its flags booleans; idempotentMethods strings', () => {
    for (const retry of [true, 'no', 3]) {
      expect(refusal({ ...base, retry }).message).toBe('retry must be false or an object')
    }
    expect(refusal({ ...base, retry: { retry: 3 } }).message).toMatch(
      /^retry\.retry must be one of retries,on429,/,
    )
    expect(refusal({ ...base, retry: { toString: 3 } }).message).toMatch(/^retry\.toString must/)
    expect(refusal({ ...base, retry: { on429: 'yes' } }).message).toBe(
      'retry.on429 must be a boolean',
    )
    expect(refusal({ ...base, retry: { idempotentMethods: 'GET' } }).message).toMatch(
      /^retry\.idempotentMethods must be /,
    )
    expect(refusal({ ...base, retry: { idempotentMethods: ['GET', 1] } }).message).toMatch(
      /^retry\.idempotentMethods must be /,
    )
    accepts({ ...base, retry: false })
    accepts({ ...base, retry: { retries: 0, on5xx: false, idempotentMethods: ['get'] } })
  })

  it('apiVersion, entityId, scope: non-empty strings; headers: valid names and values', () => {
    expect(refusal({ ...base, apiVersion: '' }).message).toBe(
      'apiVersion must be a non-empty string',
    )
    expect(refusal({ ...base, entityId: 42 }).message).toBe('entityId must be a non-empty string')
    expect(refusal({ ...base, entityId: '' }).message).toBe('entityId must be a non-empty string')
    expect(refusal({ ...base, scope: {} }).message).toBe('scope must be a non-empty string')
    for (const headers of ['x', 42, { 'bad name': 'v' }, { 'x-a': 'line\nbreak' }]) {
      expect(refusal({ ...base, headers }).message).toMatch(/^headers must be /)
    }
    accepts({ ...base, headers: { 'x-trace': 'abc' }, scope: 'user:1', entityId: 'e' })
  })
})

describe('baseUrl', () => {
  it('an absolute http(s) URL with the API root path', () => {
    for (const baseUrl of [
      'api.monite.com/v1',
      '/v1',
      'ftp://api.monite.com/v1',
      'file:///v1',
      'javascript:alert(1)',
      'https://api.sandbox.monite.com',
      'https://api.sandbox.monite.com/',
      'https://api.sandbox.monite.com//',
      'https://api.sandbox.monite.com/v1?x=1',
      'https://api.sandbox.monite.com/v1#frag',
      'https://user:pass@api.sandbox.monite.com/v1',
      '',
      42,
    ]) {
      expect(refusal({ baseUrl, auth: base.auth }).message, String(baseUrl)).toMatch(
        /^baseUrl must be an http\(s\) URL with a path$/,
      )
    }
  })

  it('keeps any other path as is, without trailing slashes', () => {
    const cases = {
      'https://api.sandbox.monite.com/v1': 'https://api.sandbox.monite.com/v1',
      'https://api.sandbox.monite.com/v1/': 'https://api.sandbox.monite.com/v1',
      'HTTP://LOCALHOST:8080/api/monite/v1//': 'http://localhost:8080/api/monite/v1',
      'http://127.0.0.1:3000/proxy': 'http://127.0.0.1:3000/proxy',
    }
    for (const [baseUrl, expected] of Object.entries(cases)) {
      expect(createMoniteClient({ baseUrl }).baseUrl).toBe(expected)
    }
  })

  it('never lets a non-http(s) or relative URL through (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (baseUrl) => {
          let client: ReturnType<typeof createMoniteClient> | undefined
          try {
            client = createMoniteClient({ baseUrl })
          } catch (error) {
            expect(isMoniteClientError(error) && error.code).toBe('invalid_options')
            return
          }
          const url = new URL(client.baseUrl)
          expect(['http:', 'https:']).toContain(url.protocol)
          expect(url.pathname.length).toBeGreaterThan(1)
          expect(url.search + url.hash).toBe('')
        },
      ),
    )
  })
})

describe('the options object', () => {
  it('must be an object', () => {
    for (const options of [undefined, null, 'sandbox', 1]) {
      expect(refusal(options).message).toMatch(/^options must be /)
    }
  })
})
