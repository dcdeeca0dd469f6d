import { isMoniteApiError, isMoniteClientError } from '@monite-kit/client'

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>

/**
 * Maps Monite's 422 `detail` onto form fields: `loc: ['body', 'email']` → `email`. Items whose
 * field is not one of `fields` are returned in `rest` for a form-level message.
 */
export function fieldErrorsFrom422<F extends string>(
  error: unknown,
  fields: readonly F[],
): { fields: FieldErrors<F>; rest: string[] } | null {
  if (!isMoniteApiError(error) || error.status !== 422) return null
  const out: FieldErrors<F> = {}
  const rest: string[] = []
  for (const issue of error.detail ?? []) {
    const path = issue.loc[0] === 'body' ? issue.loc.slice(1) : issue.loc
    const name = path.find((p): p is string => typeof p === 'string')
    if (name && (fields as readonly string[]).includes(name)) {
      const field = name as F
      if (!out[field]) out[field] = capitalize(issue.msg)
    } else {
      rest.push(`${path.join('.') || 'request'}: ${issue.msg}`)
    }
  }
  if (!error.detail?.length) rest.push(error.message)
  return { fields: out, rest }
}

export interface ErrorDescription {
  title: string
  /** For people: no request ids, no UUIDs. */
  text: string
  kind: 'forbidden' | 'conflict' | 'network' | 'not_found' | 'validation' | 'other'
  /** Whether trying the same request again may work (network, timeout, 429, 5xx). */
  retryable: boolean
  /** For support, shown in a disclosure: HTTP status, request id, Monite's own message. */
  details: string[]
}

const UUID =
  /\s*\(?(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])\)?/gi

/** `message` without UUIDs ("Role 3f2a…-… not found" → "Role not found"). */
export function withoutIds(message: string): string {
  return message
    .replace(UUID, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
}

/**
 * Whether the same request may succeed if tried again: network failures, timeouts, 429 and
 * 5xx. A 4xx answer (403, 404, 409, 422, …) would fail the same way, so offers no "Try again".
 */
export function isRetryable(error: unknown): boolean {
  if (isMoniteApiError(error))
    return error.status === 429 || error.status >= 500 || error.status === 0
  if (isMoniteClientError(error)) return error.code === 'network' || error.code === 'timeout'
  return error instanceof TypeError
}

const NETWORK_TEXT = 'Could not reach the Monite API. Check your connection and try again.'

/** A human explanation of any error a hook can surface, for toasts and inline alerts. */
export function describeError(error: unknown, action = 'That'): ErrorDescription {
  const retryable = isRetryable(error)
  if (isMoniteApiError(error)) {
    const details = [`HTTP ${error.status} from ${error.method} ${error.path}`]
    if (error.requestId) details.push(`Request id: ${error.requestId}`)
    if (error.message) details.push(`Monite said: ${error.message}`)
    const message = withoutIds(error.message) || `Monite answered HTTP ${error.status}.`
    const base = { retryable, details }
    // The app's server could not sign in to Monite: only whoever runs it can fix that, so
    // trying again (or reloading) cannot help.
    if (serverErrorCode(error.body) === 'partner_credentials_rejected') {
      return {
        ...base,
        retryable: false,
        kind: 'other',
        title: 'The server cannot sign in to Monite',
        text: message,
      }
    }
    switch (error.status) {
      case 401:
        return {
          ...base,
          kind: 'other',
          title: 'Signed out',
          text: 'The token was rejected; reload the page to get a new one.',
        }
      case 403:
        return {
          ...base,
          kind: 'forbidden',
          title: 'Not allowed',
          text: `Your role does not allow this. ${message}`.trim(),
        }
      case 404:
        return { ...base, kind: 'not_found', title: 'Not found', text: message }
      case 409:
        return { ...base, kind: 'conflict', title: 'Conflict', text: message }
      case 422:
        return { ...base, kind: 'validation', title: 'Monite rejected the request', text: message }
      case 429:
        return {
          ...base,
          kind: 'other',
          title: 'Too many requests',
          text: 'Monite is rate-limiting this partner; try again in a few seconds.',
        }
      default:
        return {
          ...base,
          kind: 'other',
          title: `${action} failed`,
          text: error.status >= 500 ? `Monite answered with a server error. ${message}` : message,
        }
    }
  }
  if (isMoniteClientError(error)) {
    if (error.code === 'network' || error.code === 'timeout') {
      return {
        kind: 'network',
        title: 'Network problem',
        text: NETWORK_TEXT,
        retryable,
        details: [error.message],
      }
    }
    return {
      kind: 'other',
      title: `${action} failed`,
      text: withoutIds(error.message),
      retryable,
      details: [error.message],
    }
  }
  if (error instanceof TypeError) {
    return {
      kind: 'network',
      title: 'Network problem',
      text: NETWORK_TEXT,
      retryable,
      details: [error.message],
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return {
    kind: 'other',
    title: `${action} failed`,
    text: withoutIds(message),
    retryable,
    details: [message],
  }
}

/** `error.code` of the app's server's `{ error: { code, message } }` answers. */
function serverErrorCode(body: unknown): string | undefined {
  const inner = (body as { error?: { code?: unknown } } | null)?.error
  return typeof inner?.code === 'string' ? inner.code : undefined
}

function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text
}
