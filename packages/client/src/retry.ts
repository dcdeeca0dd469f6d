/**
 * Retry policy. Every field has a default (`null` or `undefined` keeps it); pass `retry: false`
 * to `createMoniteClient` to turn all retries off. Counts and delays are numbers from 0 to
 * 2147483647, `jitter` from 0 to 1; anything else is `invalid_options`.
 *
 * @example
 * ```ts
 * const monite = createMoniteClient({
 *   environment: 'sandbox',
 *   retry: { retries: 4, baseDelayMs: 500, idempotentMethods: ['GET'] },
 * })
 * ```
 */
export interface MoniteRetryOptions {
  /** How many times a request may be retried after the first attempt. Default `2`. */
  retries?: number
  /** Retry 429 answers (any method: Monite did not process the request). Default `true`. */
  on429?: boolean
  /** Retry 5xx answers, idempotent methods only. Default `true`. */
  on5xx?: boolean
  /** Retry network failures (fetch rejected), idempotent methods only. Default `true`. */
  onNetworkError?: boolean
  /** Methods considered idempotent. Default `GET`, `HEAD`, `OPTIONS`, `PUT`, `DELETE`. */
  idempotentMethods?: string[]
  /** First backoff delay when no `Retry-After` is given, in ms; doubles each retry. Default `300`. */
  baseDelayMs?: number
  /** Upper bound of one backoff delay, in ms. Default `10_000`. */
  maxDelayMs?: number
  /** The longest `Retry-After` honoured, in ms; a longer one surfaces the 429. Default `60_000`. */
  maxRetryAfterMs?: number
  /** Random extra delay added to every wait, as a fraction of it (0..1). Default `0.2`. */
  jitter?: number
}

/** @internal */
export type ResolvedRetry = Required<MoniteRetryOptions>

/** @internal The defaults; `checkOptions` checks each field against its default's kind. */
export const RETRY_DEFAULTS: ResolvedRetry = {
  retries: 2,
  on429: true,
  on5xx: true,
  onNetworkError: true,
  idempotentMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'],
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  jitter: 0.2,
}

/**
 * Parses a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds (a non-negative integer) or an
 * HTTP-date (§5.6.7) in any of its three forms: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) and
 * the obsolete RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`, its year the latest one with those two
 * digits no more than 50 years ahead) and asctime (`Sun Nov  6 08:49:37 1994`) forms. Returns
 * milliseconds (0 for a past date), or `null` when absent or anything else (`-5`, `1.5`, a wrong
 * weekday, an out-of-range field, …): the backoff applies.
 * @internal
 */
export const parseRetryAfter = (value: string | null): number | null => {
  const text = value ?? ''
  if (/^\d+$/.test(text)) return +text * 1000
  const year = new Date().getUTCFullYear() + 50
  // The obsolete forms as IMF-fixdate, which is read only if exactly how that date is written.
  const fixdate = text
    .replace(
      /^(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day, (\d\d)-(\w+)-(\d\d) (\S+) GMT$/,
      (_, day, date, month, yy, time) =>
        `${day.slice(0, 3)}, ${date} ${month} ${year - ((year - yy) % 100)} ${time} GMT`,
    )
    .replace(
      /^(\w+) (\w+) ( \d|\d\d) (\S+) (\S+)$/,
      (_, day, month, date, time, y) =>
        `${day}, ${date.replace(' ', '0')} ${month} ${y} ${time} GMT`,
    )
  const date = Date.parse(fixdate)
  return new Date(date).toUTCString() === fixdate ? Math.max(0, date - Date.now()) : null
}

/**
 * How long to wait before retry number `retriesUsed + 1` of a request that got `response` (or
 * failed on the network: `undefined`), jitter included; `null` when it must not be retried.
 * @internal
 */
export const retryDelay = (
  policy: ResolvedRetry,
  method: string,
  response: Response | undefined,
  retriesUsed: number,
): number | null => {
  const status = response?.status as number
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retriesUsed)
  // 429: any method (Monite did not process the request); a longer Retry-After than allowed
  // surfaces the 429. 5xx and network failures: idempotent methods only.
  const retryAfter =
    status === 429 ? parseRetryAfter(response?.headers.get('retry-after') as string) : null
  const wait =
    retriesUsed >= policy.retries
      ? null
      : status === 429 && policy.on429
        ? retryAfter === null
          ? backoff
          : retryAfter <= policy.maxRetryAfterMs
            ? retryAfter
            : null
        : policy.idempotentMethods.includes(method) &&
            (response ? status >= 500 && policy.on5xx : policy.onNetworkError)
          ? backoff
          : null
  return wait === null ? null : wait + Math.round(wait * policy.jitter * Math.random())
}

/**
 * Settles like `promise`, or rejects with the signal's reason if it aborts first (no signal:
 * `promise` itself).
 * @internal
 */
export const abortable = <T>(promise: Promise<T>, signal?: AbortSignal | null): Promise<T> => {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    signal.throwIfAborted()
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort)
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * Waits `ms`, rejecting with the signal's reason if it aborts first.
 * @internal
 */
export const sleep = (ms: number, signal?: AbortSignal | null): Promise<void> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  return abortable(
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms)
    }),
    signal,
  ).finally(() => clearTimeout(timer))
}
