import type { ReactNode } from 'react'
import type { FieldErrors } from '../../lib/errors'
import type { PersonField, PersonValues } from '../../lib/validation'
import { TextField, type TextFieldProps } from '../../ui'

const BASE: Record<PersonField, Pick<TextFieldProps, 'label' | 'type' | 'required'>> = {
  first_name: { label: 'First name', required: true },
  last_name: { label: 'Last name' },
  email: { label: 'Email', type: 'email' },
  phone: { label: 'Phone', type: 'tel' },
  title: { label: 'Job title' },
}

export interface PersonFieldsProps {
  values: PersonValues
  errors: FieldErrors<PersonField>
  onChange: (field: PersonField) => TextFieldProps['onChange']
  /** What a form adds to a field: autocomplete, a hint, `wide`. */
  fieldProps?: Partial<Record<PersonField, Pick<TextFieldProps, 'autoComplete' | 'hint' | 'wide'>>>
  /** Fields placed between the names and the email (the user form's login). */
  afterNames?: ReactNode
}

/** First name, last name, email, phone and job title: the fields a user and a profile share. */
export function PersonFields({
  values,
  errors,
  onChange,
  fieldProps,
  afterNames,
}: PersonFieldsProps) {
  const field = (name: PersonField) => (
    <TextField
      {...BASE[name]}
      {...fieldProps?.[name]}
      name={name}
      value={values[name]}
      onChange={onChange(name)}
      error={errors[name]}
    />
  )
  return (
    <>
      {field('first_name')}
      {field('last_name')}
      {afterNames}
      {field('email')}
      {field('phone')}
      {field('title')}
    </>
  )
}
