import type { MoniteClientOptions } from './createMoniteClient'
import { MONITE_ENVIRONMENTS } from './environments'
import { MoniteClientError } from './errors'
import { RETRY_DEFAULTS, type ResolvedRetry } from './retry'

/** Throws `invalid_options`: `<name> must be <allowed>`. Never quotes the value (it may be a secret). */
const must = (name: string, allowed: string): never => {
  throw new MoniteClientError('invalid_options', `${name} must be ${allowed}`)
}

/**
 * `undefined`, or milliseconds (or a count) from 0 to `max`: 2^31-1 by default, setTimeout's
 * limit, past which a timer fires at once. NaN, Infinity and strings fail.
 * @internal
 */
export const ms = (value: unknown, name: string, max = 2 ** 31 - 1) =>
  value === undefined ||
  ((value as number) >= 0 && (value as number) <= max && typeof value === 'number') ||
  must(name, `a number from 0 to ${max}`)

/** `record[key]` if `key` is an own key of `record` (`toString`, `__proto__` are not); else throws. */
const pick = <T>(record: Record<string, T>, key: unknown, name: string): T =>
  Object.hasOwn(record, key as string)
    ? (record[key as string] as T)
    : must(name, `one of ${Object.keys(record)}`)

/** The fields each kind of `auth` requires: `fetchToken` a function, the others strings. */
const AUTH = {
  partner: ['clientId', 'clientSecret'],
  entity_user: ['clientId', 'clientSecret', 'entityUserId'],
  fetchToken: ['fetchToken'],
  token: ['token'],
}

/**
 * Checks every option of `createMoniteClient`; throws `invalid_options` naming the first wrong
 * one and what it allows. Returns the API root (`baseUrl`, an absolute http(s) URL with a path,
 * no query, fragment or credentials, trailing slashes removed; or the environment's) and the
 * retry policy with its defaults filled in.
 * @internal
 */
export function checkOptions(options: MoniteClientOptions): [root: string, retry: ResolvedRetry] {
  const {
    auth,
    retry = {},
    baseUrl,
  } = (typeof options === 'object' && options) || must('options', 'an object')
  const values = options as unknown as Record<string, unknown>
  const strings = ['apiVersion', 'entityId', 'scope'].map((key) => [key, values[key]])
  if (auth) {
    for (const key of pick(AUTH, auth.type, 'auth.type')) {
      strings.push([`auth.${key}`, (auth as Record<string, unknown>)[key] ?? 0])
    }
  }
  for (const [name, value] of strings) {
    const string = name !== 'auth.fetchToken'
    value === undefined ||
      (value && typeof value === (string ? 'string' : 'function')) ||
      must(name as string, string ? 'a non-empty string' : 'a function')
  }
  // Each field is of its default's kind; `null` and `undefined` keep the default.
  const policy: Record<string, unknown> = { ...RETRY_DEFAULTS }
  if (retry === false) policy.retries = 0
  else {
    if (typeof retry !== 'object') must('retry', 'false or an object')
    for (const [key, value] of Object.entries(retry ?? {})) {
      const kind = pick(RETRY_DEFAULTS, key, `retry's key ${key}`)
      const name = `retry.${key}`
      const list = Array.isArray(kind)
      if (typeof kind === 'number') ms(value ?? undefined, name, key === 'jitter' ? 1 : undefined)
      else if (
        value != null &&
        (typeof value !== typeof kind ||
          (list && !value.every((m: unknown) => typeof m === 'string')))
      ) {
        must(name, list ? 'an array of strings' : 'a boolean')
      }
      if (value != null) policy[key] = value
    }
  }
  const resolved = policy as ResolvedRetry
  resolved.idempotentMethods = resolved.idempotentMethods.map((m) => m.toUpperCase())
  ms(options.timeoutMs, 'timeoutMs')
  ms(options.tokenRefreshMarginMs, 'tokenRefreshMarginMs')
  if (typeof (options.fetch ?? must) !== 'function') must('fetch', 'a function')
  try {
    new Headers(options.headers)
  } catch {
    must('headers', 'an object of header names and values')
  }
  const root = pick(MONITE_ENVIRONMENTS, options.environment ?? 'sandbox', 'environment')
  if (baseUrl === undefined) return [root, resolved]
  try {
    // The URL as parsed: no credentials, query or fragment, a path besides `/`.
    const href = new URL(baseUrl).href.replace(/\/+$/, '')
    if (/^https?:\/\/[^/@]+\/[^?#]+$/.test(href)) return [href, resolved]
  } catch {}
  return must('baseUrl', `an absolute http(s) URL with a path, e.g. ${root}`)
}
