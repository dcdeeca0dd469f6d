/**
 * Retry policy. Every field has a default; pass `retry: false` to `createMoniteClient` to turn
 * all retries off.
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
export type ResolvedRetry = Required<MoniteRetryOptions> & { enabled: boolean }

/** @internal */
export function resolveRetry(options: MoniteRetryOptions | false | undefined): ResolvedRetry {
  const o = options || {}
  return {
    enabled: options !== false,
    retries: Math.max(0, Math.floor(o.retries ?? 2)),
    on429: o.on429 ?? true,
    on5xx: o.on5xx ?? true,
    onNetworkError: o.onNetworkError ?? true,
    idempotentMethods: (o.idempotentMethods ?? ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']).map(
      (m) => m.toUpperCase(),
    ),
    baseDelayMs: o.baseDelayMs ?? 300,
    maxDelayMs: o.maxDelayMs ?? 10_000,
    maxRetryAfterMs: o.maxRetryAfterMs ?? 60_000,
    jitter: Math.min(1, Math.max(0, o.jitter ?? 0.2)),
  }
}

/**
 * Parses a `Retry-After` header: delay-seconds or an HTTP date. Returns milliseconds, or `null`
 * when absent or unreadable.
 * @internal
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null
  const trimmed = value.trim()
  if (trimmed === '') return null
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, date - now)
}

/** @internal */
export function backoffDelay(policy: ResolvedRetry, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
}

/** @internal */
export function withJitter(policy: ResolvedRetry, ms: number): number {
  return ms + Math.round(ms * policy.jitter * Math.random())
}

/**
 * Waits `ms`, rejecting with the signal's reason if it aborts first.
 * @internal
 */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
