import type { MoniteClientOptions } from './clientOptions'
import { MONITE_ENVIRONMENTS } from './environments'
import { MoniteClientError } from './errors'
import { RETRY_DEFAULTS, type ResolvedRetry } from './retry'

/** Throws `invalid_options`: `<name> must be <allowed>`. Never quotes the value (it may be a secret). */
export function must(name: string, allowed: string): never {
  throw new MoniteClientError('invalid_options', `${name} must be ${allowed}`)
}

/** The longest delay: setTimeout's limit, past which a timer fires at once. */
const MAX = 2 ** 31 - 1

/**
 * Passes `null`, `undefined` and a value of `kind`, throws otherwise. `kind` is an example: a
 * number is the largest allowed (from 0; NaN, Infinity and strings fail), `''` a non-empty
 * string, an array an array of strings, a function or a boolean its type.
 * @internal
 */
export const check = (value: unknown, name: string, kind: unknown = MAX): unknown =>
  value == null ||
  (typeof kind === 'number'
    ? (value as number) >= 0 && (value as number) <= kind && typeof value === 'number'
    : Array.isArray(kind)
      ? Array.isArray(value) && value.every((m) => typeof m === 'string')
      : typeof value === typeof kind && value !== '') ||
  must(
    name,
    typeof kind === 'number'
      ? `a number from 0 to ${kind}`
      : Array.isArray(kind)
        ? 'an array of strings'
        : `a ${kind === '' ? 'non-empty ' : ''}${typeof kind}`,
  )

/** `record[key]` if `key` is an own key of `record` (`toString`, `__proto__` are not); else throws. */
const pick = <T>(record: Record<string, T>, key: unknown, name: string): T =>
  Object.hasOwn(record, key as string)
    ? (record[key as string] as T)
    : must(name, `one of ${Object.keys(record)}`)

/** The top-level options checked by kind (see {@link check}). */
const KINDS = {
  apiVersion: '',
  entityId: '',
  scope: '',
  timeoutMs: MAX,
  tokenRefreshMarginMs: MAX,
  // 3 x this bounds a whole token acquisition, which must stay a valid timer.
  tokenTimeoutMs: 715827882,
  fetch: must,
}

/** The fields each kind of `auth` requires, by kind. */
const AUTH = {
  partner: { clientId: '', clientSecret: '' },
  entity_user: { clientId: '', clientSecret: '', entityUserId: '' },
  fetchToken: { fetchToken: must },
  token: { token: '' },
}

/**
 * Checks the fields of `object` that `kinds` lists, each by its kind (see {@link check}), named
 * `<prefix><key>`. `missing` stands for an absent field: `undefined` passes, `0` fails.
 */
const fields = (object: object, kinds: object, prefix = '', missing?: 0) => {
  for (const [key, kind] of Object.entries(kinds)) {
    check((object as Record<string, unknown>)[key] ?? missing, prefix + key, kind)
  }
}

/**
 * Checks every option of `createMoniteClient`; throws `invalid_options` naming the first wrong
 * one and what it allows. Returns the API root (`baseUrl`, an absolute http(s) URL with a path,
 * no query, fragment or credentials, trailing slashes removed; or the environment's) and the
 * retry policy with its defaults filled in.
 * @internal
 */
export const checkOptions = (
  options: MoniteClientOptions,
): [root: string, retry: ResolvedRetry] => {
  const {
    auth,
    retry = {},
    baseUrl,
    tokenStore,
  } = (typeof options === 'object' && options) || must('options', 'an object')
  fields(options, KINDS)
  if (options.tokenTimeoutMs === 0) must('tokenTimeoutMs', 'a number from 1 to 715827882')
  if (tokenStore != null) {
    fields(tokenStore, { get: must, set: must, lock: must }, 'tokenStore.', 0)
  }
  if (auth) fields(auth, pick(AUTH, auth.type, 'auth.type'), 'auth.', 0)
  // Each field is of its default's kind; `null` and `undefined` keep the default.
  const policy: Record<string, unknown> = { ...RETRY_DEFAULTS }
  if (retry === false) policy.retries = 0
  else if (typeof retry !== 'object') must('retry', 'false or an object')
  for (const [key, value] of Object.entries(retry || {})) {
    const name = `retry.${key}`
    const kind = pick(RETRY_DEFAULTS, key, name)
    policy[key] = value ?? kind
    check(policy[key], name, key === 'jitter' ? 1 : typeof kind === 'number' ? MAX : kind)
  }
  policy.idempotentMethods = (policy.idempotentMethods as string[]).map((m) => m.toUpperCase())
  try {
    new Headers(options.headers)
  } catch {
    must('headers', 'valid headers')
  }
  let root = pick(MONITE_ENVIRONMENTS, options.environment ?? 'sandbox', 'environment') as string
  if (baseUrl !== undefined) {
    // The URL as parsed: http(s), no credentials, query or fragment, a path besides `/`.
    root = ''
    try {
      root = new URL(baseUrl).href.replace(/\/+$/, '')
    } catch {}
    if (!/^https?:\/\/[^/@]+\/[^?#]+$/.test(root)) must('baseUrl', 'an http(s) URL with a path')
  }
  return [root, policy as ResolvedRetry]
}
