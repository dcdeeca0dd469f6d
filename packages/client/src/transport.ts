import type { TokenManager } from './auth'
import type { MoniteFetch, MoniteRequestExtras } from './clientOptions'
import { MoniteClientError } from './errors'
import { entityScope } from './generated/operations'
import { check } from './options'
import { abortable, type ResolvedRetry, retryDelay, sleep } from './retry'

/**
 * @internal The path of `url`, an absolute URL or `''` (the URL of a `Response` built by hand):
 * `''` then.
 */
export const pathOf = (url: string): string => url && new URL(url).pathname

/** The calls in flight on each caller's signal, which has one listener for all of them. */
const linked = new WeakMap<AbortSignal, Set<AbortController>>()

/**
 * The calls in flight on `signal`: one listener aborts them all (one listener per call would set
 * off MaxListenersExceededWarning past 10 concurrent calls).
 */
const link = (signal: AbortSignal): Set<AbortController> => {
  if (!linked.has(signal)) {
    const all = new Set<AbortController>()
    linked.set(signal, all)
    signal.addEventListener('abort', () => {
      for (const call of all) call.abort(signal.reason)
    })
  }
  return linked.get(signal) as Set<AbortController>
}

/**
 * @internal One call as the transport sends it: openapi-fetch's `Request` (`client.raw`), whose
 * other fields (credentials, cache, …) carry over, or the helpers' own description of it.
 */
export interface TransportCall extends MoniteRequestExtras {
  /** Upper case. */
  readonly method: string
  readonly url: string
  /** Sent as is; the transport sets `Authorization` on it. */
  readonly headers: Headers
  /** The caller's signal, if any. */
  readonly signal?: AbortSignal | null | undefined
  /**
   * The operation's path template (`/roles/{role_id}`), when known: a 2xx to an operation of the
   * project's document that declares a body must have one.
   */
  schemaPath?: string
}

/**
 * @internal Sends `call` with `body` (buffered, so that a retry or a 401 replay can send it
 * again). Resolves to the answer and its whole body, read within the call's deadline (the
 * answer's own body is used up).
 */
export type Transport = (
  call: TransportCall,
  body: BodyInit | null | undefined,
) => Promise<[response: Response, body: ArrayBuffer]>

/**
 * Monite's auth (Bearer token, one refresh + one replay on 401), retries (429 with
 * `Retry-After`, 5xx and network errors for idempotent methods) and timeouts around `fetch`.
 *
 * An attempt is `globalThis.fetch(url, init)` for the helpers, `globalThis.fetch(request, init)`
 * for openapi-fetch's `Request`: `fetch` builds the one `Request` it sends. The `fetch` option
 * gets that `Request` built for it. Each attempt reads the whole body: the call's deadline and
 * signal cover it, a failure while reading is a network failure, and the `Response` returned
 * holds the bytes read.
 * @param fetch The `fetch` option; `undefined`: `globalThis.fetch`, looked up at call time.
 * @param tokens Where the Bearer token comes from; `undefined`: no `Authorization`.
 * @param retry The resolved retry policy.
 * @param timeoutMs The default timeout of a call (a call's `timeoutMs` wins); none if 0/undefined.
 * @internal
 */
export const createTransport = (
  fetch: MoniteFetch | undefined,
  tokens: TokenManager | undefined,
  retry: ResolvedRetry,
  timeoutMs: number | undefined,
): Transport => {
  return async (call, body) => {
    const { method, url, headers, signal: userSignal, schemaPath } = call
    const timeout = call.timeoutMs ?? timeoutMs
    const what = `${method} ${pathOf(url)}`
    check(timeout, 'timeoutMs')
    userSignal?.throwIfAborted()

    // The call's own signal, aborted by the caller's or the deadline. `fetch` listens to this one,
    // which ends with the call: undici keeps its listeners on a signal until it is collected, so
    // a long-lived caller's signal would pile them up. No deadline and no caller's signal: none.
    const controller = timeout || userSignal ? new AbortController() : undefined
    const signal = controller?.signal
    const timer =
      timeout &&
      setTimeout(
        () =>
          controller?.abort(
            new MoniteClientError('timeout', `${what} timed out after ${timeout} ms`),
          ),
        timeout,
      )
    const calls = userSignal && link(userSignal)
    calls?.add(controller as AbortController)

    const init: RequestInit = { method, headers, body, signal }
    // One attempt, body included.
    const send = async (): Promise<[Response, ArrayBuffer]> => {
      const response = await (fetch
        ? fetch(new Request(call instanceof Request ? call : url, init))
        : globalThis.fetch(call instanceof Request ? call : url, init))
      return [response, await response.arrayBuffer()]
    }

    try {
      // The token request itself never carries `Authorization`.
      const auth =
        tokens && schemaPath !== '/auth/token' && !headers.has('authorization') ? tokens : null
      let retriesUsed = 0
      // One replay after a 401, with a new token, if one can be obtained.
      let replay = auth?.canRefresh

      for (;;) {
        const token = auth && (auth.peek() ?? (await abortable(auth.get(), signal)))
        if (token) headers.set('authorization', `Bearer ${token.token}`)
        let failure: unknown
        // abortable: a `fetch` option that ignores its signal still ends at the deadline. A
        // failure is kept (`answer` is then `undefined`), unless the call was aborted.
        const answer = await abortable(send(), signal).catch((error) => {
          signal?.throwIfAborted()
          failure = error
        })

        const response = answer?.[0]
        // (`replay` implies `auth`, so a token was sent.)
        if (response?.status === 401 && replay) {
          replay = false
          auth?.invalidate(token?.id)
          continue
        }
        const wait = retryDelay(retry, method, response, retriesUsed)
        if (wait === null) {
          if (!answer) {
            throw new MoniteClientError('network', `${what} failed: ${failure}`, { cause: failure })
          }
          // In the project's document, every operation but DELETE declares a body (the
          // generator checks it).
          if (
            (response as Response).ok &&
            !answer[1].byteLength &&
            method !== 'DELETE' &&
            (schemaPath as string) in entityScope
          ) {
            throw new MoniteClientError(
              'invalid_response',
              `${method} ${schemaPath}: the answer has no body`,
            )
          }
          return answer
        }
        await sleep(wait, signal)
        retriesUsed++
      }
    } finally {
      clearTimeout(timer)
      calls?.delete(controller as AbortController)
    }
  }
}

/**
 * The transport as the `fetch` of the client's openapi-fetch (`client.raw`).
 * @internal
 */
export const requestTransport = (transport: Transport): MoniteFetch => {
  return async (request) => {
    const [response, body] = await transport(request, request.body && (await request.arrayBuffer()))
    // openapi-fetch reads the body again: a `Response` over the bytes read, at the same URL.
    const read = new Response(body.byteLength ? body : null, response)
    return Object.defineProperty(read, 'url', { value: response.url })
  }
}
