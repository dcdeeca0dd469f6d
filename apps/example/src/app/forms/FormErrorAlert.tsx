import { Alert } from '../../ui'
import { SupportDetails } from '../ErrorAlert'
import type { FormError } from './useFieldForm'

/** The form-level error, spanning the form grid. */
export function FormErrorAlert({ error }: { error: FormError | null }) {
  if (!error) return null
  return (
    <div className="ui-field--wide">
      <Alert tone="danger" title={error.title} role="alert">
        {error.text}
        <SupportDetails lines={error.details} />
      </Alert>
    </div>
  )
}
