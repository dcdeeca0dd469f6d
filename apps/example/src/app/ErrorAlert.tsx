import type { ReactNode } from 'react'
import { describeError } from '../lib/errors'
import { Alert, Button } from '../ui'

/**
 * What support needs (HTTP status, request id, Monite's own message with its ids), folded away
 * so the message itself stays readable.
 */
export function SupportDetails({ lines }: { lines?: readonly string[] | undefined }) {
  if (!lines?.length) return null
  return (
    <details className="ui-details">
      <summary>Details for support</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
    </details>
  )
}

/**
 * A failed request explained (`describeError`) in a danger alert. "Try again" appears only
 * when `onRetry` is given and trying again may help (network, timeout, 429, 5xx).
 */
export function ErrorAlert({
  error,
  action,
  onRetry,
  actions,
}: {
  error: unknown
  /** What failed, for the title of errors without a better one: "Loading users". */
  action?: string
  onRetry?: () => void
  actions?: ReactNode
}) {
  const described = describeError(error, action)
  const retry = described.retryable && onRetry
  return (
    <Alert
      tone="danger"
      role="alert"
      title={described.title}
      actions={
        retry || actions ? (
          <>
            {retry ? <Button onClick={onRetry}>Try again</Button> : null}
            {actions}
          </>
        ) : null
      }
    >
      {described.text}
      <SupportDetails lines={described.details} />
    </Alert>
  )
}
