import type { ReactNode } from 'react'
import { describeError } from '../lib/errors'
import { Alert } from '../ui'

/** A failed request explained (`describeError`) in a danger alert. */
export function ErrorAlert({
  error,
  action,
  actions,
}: {
  error: unknown
  /** What failed, for the title of errors without a better one: "Loading users". */
  action?: string
  actions?: ReactNode
}) {
  const described = describeError(error, action)
  return (
    <Alert tone="danger" role="alert" title={described.title} actions={actions}>
      {described.text}
    </Alert>
  )
}
