import { useCallback, useEffect, useRef, useState } from 'react'
import { type FieldErrors, fieldErrorsFrom422 } from '../../lib/errors'

/** A form-level message; the title is optional. */
export interface FormError {
  title?: string
  text: string
  /** For support: request id and the like (see `describeError`). */
  details?: string[]
}

/**
 * The state of a form of text fields: values, per-field errors, a form-level error, and focus
 * moving to the first invalid field (inside `fieldsRef`) whenever field errors are shown.
 */
export function useFieldForm<F extends string>(
  fields: readonly F[],
  initial: () => Record<F, string>,
) {
  const [values, setValues] = useState<Record<F, string>>(initial)
  const [errors, setErrors] = useState<FieldErrors<F>>({})
  const [formError, setFormError] = useState<FormError | null>(null)
  const [focusTick, setFocusTick] = useState(0)
  const fieldsRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (focusTick === 0) return
    fieldsRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [focusTick])

  /** An input's change handler: stores the value and clears that field's error. */
  const set = (field: F) => (event: { target: { value: string } }) => {
    const value = event.target.value
    setValues((v) => ({ ...v, [field]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  /** Shows these field errors and moves focus to the first invalid field. */
  const showFieldErrors = (next: FieldErrors<F>) => {
    setErrors(next)
    setFocusTick((n) => n + 1)
  }

  /**
   * Monite's 422 `detail` onto the fields it names, the rest into the form-level error (with
   * `restTitle`). False, and nothing shown, when `error` is not a 422.
   */
  const show422 = (error: unknown, restTitle?: string): boolean => {
    const mapped = fieldErrorsFrom422(error, fields)
    if (!mapped) return false
    setErrors(mapped.fields)
    if (mapped.rest.length) setFormError({ title: restTitle, text: mapped.rest.join('; ') })
    setFocusTick((n) => n + 1)
    return true
  }

  /** Back to these values, with no errors. Stable, so effects may depend on it. */
  const reset = useCallback((next: Record<F, string>) => {
    setValues(next)
    setErrors({})
    setFormError(null)
  }, [])

  return {
    values,
    errors,
    setErrors,
    formError,
    setFormError,
    fieldsRef,
    set,
    showFieldErrors,
    show422,
    reset,
  }
}
