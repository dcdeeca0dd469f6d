import type { MoniteClientOptions } from './createMoniteClient'
import { MONITE_ENVIRONMENTS } from './environments'
import { MoniteClientError } from './errors'

type Check = (value: unknown, name: string) => unknown

/** Throws `invalid_options`: `<name> must be <allowed>`. Never quotes the value (it may be a secret). */
const must = (name: string, allowed: string): never => {
  throw new MoniteClientError('invalid_options', `${name} must be ${allowed}`)
}

/** A check that passes `undefined` and any value `test` accepts. */
const check =
  (test: (value: never) => unknown, allowed: string): Check =>
  (value, name) =>
    value === undefined || test(value as never) || must(name, allowed)

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const number = (max: number) =>
  check((v) => typeof v === 'number' && v >= 0 && v <= max, `a number from 0 to ${max}`)
const string = check((v) => typeof v === 'string' && v, 'a non-empty string')
const fn = check((v) => typeof v === 'function', 'a function')
const bool = check((v) => typeof v === 'boolean', 'a boolean')

/**
 * Milliseconds (or a count) from 0 to 2^31-1, setTimeout's limit (past it a timer fires at
 * once). NaN, Infinity and strings fail.
 * @internal
 */
export const ms = number(2 ** 31 - 1)

const RETRY: Record<string, Check> = {
  retries: ms,
  on429: bool,
  on5xx: bool,
  onNetworkError: bool,
  idempotentMethods: check(
    (v: unknown[]) => Array.isArray(v) && v.every((m) => typeof m === 'string'),
    'an array of strings',
  ),
  baseDelayMs: ms,
  maxDelayMs: ms,
  maxRetryAfterMs: ms,
  jitter: number(1),
}

/** The fields of each kind of `auth` besides `type`: `fetchToken` is a function, the rest strings. */
const AUTH = {
  partner: ['clientId', 'clientSecret'],
  entity_user: ['clientId', 'clientSecret', 'entityUserId'],
  fetchToken: ['fetchToken'],
  token: ['token'],
}

/** `record[key]` if `key` is an own key of `record` (`toString`, `__proto__` are not); else throws. */
const pick = <T>(record: Record<string, T>, key: unknown, name: string): T =>
  Object.hasOwn(record, key as string)
    ? (record[key as string] as T)
    : must(name, `one of ${Object.keys(record).join(', ')}`)

/**
 * Checks every option of `createMoniteClient`; throws `invalid_options` naming the first wrong
 * one and what it allows. Returns the API root: `baseUrl` (an absolute http(s) URL with a path,
 * no query, fragment or credentials; trailing slashes removed) or the environment's.
 * @internal
 */
export function checkOptions(options: MoniteClientOptions): string {
  if (!isObject(options)) must('options', 'an object')
  const { retry, headers, baseUrl } = options
  const auth: unknown = options.auth
  if (auth !== undefined) {
    if (!isObject(auth)) return must('auth', 'an object')
    for (const field of pick(AUTH, auth.type, 'auth.type')) {
      ;(field === 'fetchToken' ? fn : string)(auth[field] ?? '', `auth.${field}`)
    }
  }
  if (retry !== undefined && retry !== false) {
    if (!isObject(retry)) return must('retry', 'false or an object')
    for (const [key, value] of Object.entries(retry)) {
      pick(RETRY, key, 'a retry option')(value ?? undefined, `retry.${key}`)
    }
  }
  ms(options.timeoutMs, 'timeoutMs')
  ms(options.tokenRefreshMarginMs, 'tokenRefreshMarginMs')
  fn(options.fetch, 'fetch')
  string(options.apiVersion, 'apiVersion')
  string(options.entityId, 'entityId')
  check((v) => typeof v === 'string', 'a string')(options.scope, 'scope')
  try {
    if (headers !== undefined) {
      if (!Object.values(headers).every((v) => typeof v === 'string')) throw 0
      new Headers(headers)
    }
  } catch {
    must('headers', 'an object of header names to string values')
  }
  const root = pick(MONITE_ENVIRONMENTS, options.environment ?? 'sandbox', 'environment')
  if (baseUrl === undefined) return root
  try {
    const url = new URL(baseUrl)
    const path = url.pathname.replace(/\/+$/, '')
    if (
      /^https?:$/.test(url.protocol) &&
      path &&
      !(url.search + url.hash + url.username + url.password)
    ) {
      return url.origin + path
    }
  } catch {}
  return must(
    'baseUrl',
    'an absolute http(s) URL with the API root path, e.g. https://api.sandbox.monite.com/v1',
  )
}
