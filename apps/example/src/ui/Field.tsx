import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  useId,
} from 'react'

interface FieldShellProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  required?: boolean
  wide?: boolean
  children: ReactNode
}

function FieldShell({ id, label, hint, error, required, wide, children }: FieldShellProps) {
  return (
    <div className={wide ? 'ui-field ui-field--wide' : 'ui-field'}>
      <label className="ui-label" htmlFor={id}>
        {label}
        {required ? (
          <span className="ui-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children}
      {error ? (
        <span className="ui-error" id={`${id}-error`}>
          {error}
        </span>
      ) : hint ? (
        <span className="ui-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  )
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  if (error) return `${id}-error`
  if (hint) return `${id}-hint`
  return undefined
}

/** The control's id and the ARIA that ties it to its error or hint (see `FieldShell`). */
function controlProps(id: string, error?: string, hint?: ReactNode, required?: boolean) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
    'aria-required': required || undefined,
  }
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  wide?: boolean
  ref?: Ref<HTMLInputElement>
}

/** A labelled input; `error` is announced through aria-describedby and aria-invalid. */
export function TextField({ label, hint, error, wide, required, ref, ...rest }: TextFieldProps) {
  const id = useId()
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} wide={wide}>
      <input
        ref={ref}
        className="ui-input"
        {...controlProps(id, error, hint, required)}
        {...rest}
      />
    </FieldShell>
  )
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  wide?: boolean
  children: ReactNode
}

export function SelectField({
  label,
  hint,
  error,
  wide,
  required,
  children,
  ...rest
}: SelectFieldProps) {
  const id = useId()
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} wide={wide}>
      <select className="ui-select" {...controlProps(id, error, hint, required)} {...rest}>
        {children}
      </select>
    </FieldShell>
  )
}
