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
  text: string
  kind: 'forbidden' | 'conflict' | 'network' | 'not_found' | 'validation' | 'other'
}

/** A human explanation of any error a hook can surface, for toasts and inline alerts. */
export function describeError(error: unknown, action = 'That'): ErrorDescription {
  if (isMoniteApiError(error)) {
    const ref = error.requestId ? ` (request ${error.requestId})` : ''
    // The app's server could not sign in to Monite: only whoever runs it can fix that.
    if (serverErrorCode(error.body) === 'partner_credentials_rejected') {
      return { kind: 'other', title: 'The server cannot sign in to Monite', text: error.message }
    }
    switch (error.status) {
      case 401:
        return {
          kind: 'other',
          title: 'Signed out',
          text: `The token was rejected; reload the page to get a new one.${ref}`,
        }
      case 403:
        return {
          kind: 'forbidden',
          title: 'Not allowed',
          text: `Your role does not allow this. ${error.message}${ref}`,
        }
      case 404:
        return { kind: 'not_found', title: 'Not found', text: `${error.message}${ref}` }
      case 409:
        return { kind: 'conflict', title: 'Conflict', text: `${error.message}${ref}` }
      case 422:
        return { kind: 'validation', title: 'Monite rejected the request', text: error.message }
      case 429:
        return {
          kind: 'other',
          title: 'Too many requests',
          text: 'Monite is rate-limiting this partner; try again in a few seconds.',
        }
      default:
        return {
          kind: 'other',
          title: `${action} failed`,
          text: `${error.message}${error.message.includes(`HTTP ${error.status}`) ? '' : ` (HTTP ${error.status})`}${ref}`,
        }
    }
  }
  if (isMoniteClientError(error)) {
    if (error.code === 'network' || error.code === 'timeout') {
      return {
        kind: 'network',
        title: 'Network problem',
        text: 'Could not reach the Monite API. Check your connection and try again.',
      }
    }
    return { kind: 'other', title: `${action} failed`, text: error.message }
  }
  if (error instanceof TypeError) {
    return {
      kind: 'network',
      title: 'Network problem',
      text: 'Could not reach the Monite API. Check your connection and try again.',
    }
  }
  return {
    kind: 'other',
    title: `${action} failed`,
    text: error instanceof Error ? error.message : String(error),
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
