import type { EntityUser, Role } from '@monite-kit/client'
import { useCreateEntityUser, useUpdateEntityUser } from '@monite-kit/react'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { describeError, type FieldErrors, fieldErrorsFrom422 } from '../../lib/errors'
import {
  EMPTY_USER,
  USER_FIELDS,
  type UserField,
  type UserFormValues,
  userBody,
  validateUser,
} from '../../lib/validation'
import { Alert, Button, Dialog, SelectField, TextField, useToast } from '../../ui'

export interface UserFormDialogProps {
  open: boolean
  /** The user to edit; create a new one when absent. */
  user?: EntityUser | null
  roles: Role[]
  onClose: () => void
  onSaved?: (user: EntityUser) => void
}

function valuesOf(user: EntityUser | null | undefined): UserFormValues {
  if (!user) return EMPTY_USER
  return {
    first_name: user.first_name ?? '',
    last_name: user.last_name ?? '',
    login: user.login,
    email: user.email ?? '',
    phone: user.phone ?? '',
    title: '',
    role_id: user.role_id ?? '',
  }
}

/**
 * Create / edit an entity user. Validates locally first; Monite's 422 `detail` lands on the
 * field it names; 409 (login taken) lands on `login`; 403 and network errors show an alert and
 * a toast.
 */
export function UserFormDialog({ open, user, roles, onClose, onSaved }: UserFormDialogProps) {
  const mode = user ? 'edit' : 'create'
  const toast = useToast()
  const create = useCreateEntityUser()
  const update = useUpdateEntityUser()
  const [values, setValues] = useState<UserFormValues>(() => valuesOf(user))
  const [errors, setErrors] = useState<FieldErrors<UserField>>({})
  const [formError, setFormError] = useState<{ title: string; text: string } | null>(null)
  const [focusTick, setFocusTick] = useState(0)
  const formRef = useRef<HTMLDivElement>(null)

  // Fresh form each time the dialog opens.
  useEffect(() => {
    if (open) {
      setValues(valuesOf(user))
      setErrors({})
      setFormError(null)
    }
  }, [open, user])

  // Move focus to the first invalid field after a failed submit.
  useEffect(() => {
    if (focusTick === 0) return
    const dialog = formRef.current?.closest('dialog')
    dialog?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [focusTick])

  const pending = create.isPending || update.isPending

  const set = (field: UserField) => (event: { target: { value: string } }) => {
    const value = event.target.value
    setValues((v) => ({ ...v, [field]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setFormError(null)
    const local = validateUser(values, { mode })
    if (Object.keys(local).length > 0) {
      setErrors(local)
      setFocusTick((n) => n + 1)
      return
    }
    setErrors({})
    try {
      const body = userBody(values, mode)
      const saved = user
        ? await update.mutateAsync({ id: user.id, body })
        : await create.mutateAsync(body as { first_name: string; login: string })
      toast({
        tone: 'success',
        title: user ? 'User updated' : 'User created',
        text: `${saved.first_name ?? saved.login} (${saved.login})`,
      })
      onSaved?.(saved)
      onClose()
    } catch (error) {
      const mapped = fieldErrorsFrom422(error, USER_FIELDS)
      if (mapped) {
        setErrors(mapped.fields)
        if (mapped.rest.length)
          setFormError({ title: 'Monite rejected the form', text: mapped.rest.join('; ') })
        setFocusTick((n) => n + 1)
        return
      }
      const described = describeError(error, user ? 'Saving the user' : 'Creating the user')
      if (described.kind === 'conflict') {
        setErrors({ login: described.text })
        setFocusTick((n) => n + 1)
        return
      }
      setFormError({ title: described.title, text: described.text })
      toast({ tone: 'danger', title: described.title, text: described.text })
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={user ? 'Edit user' : 'New user'}
      description={
        user
          ? `PATCH /entity_users/${user.id.slice(0, 8)}…`
          : 'POST /entity_users — first name and login are required.'
      }
      onSubmit={onSubmit}
      testId="user-form"
      footer={
        <>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={pending}>
            {user ? 'Save changes' : 'Create user'}
          </Button>
        </>
      }
    >
      <div ref={formRef} className="ui-form-grid">
        {formError ? (
          <div className="ui-field--wide">
            <Alert tone="danger" title={formError.title} role="alert">
              {formError.text}
            </Alert>
          </div>
        ) : null}
        <TextField
          label="First name"
          name="first_name"
          required
          autoComplete="given-name"
          value={values.first_name}
          onChange={set('first_name')}
          error={errors.first_name}
        />
        <TextField
          label="Last name"
          name="last_name"
          autoComplete="family-name"
          value={values.last_name}
          onChange={set('last_name')}
          error={errors.last_name}
        />
        <TextField
          label="Login"
          name="login"
          required
          autoComplete="username"
          value={values.login}
          onChange={set('login')}
          error={errors.login}
          hint="Unique within the entity."
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          label="Phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
          hint="International format, e.g. +491729925904"
        />
        <TextField
          label="Job title"
          name="title"
          value={values.title}
          onChange={set('title')}
          error={errors.title}
        />
        <SelectField
          label="Role"
          name="role_id"
          wide
          required={mode === 'create'}
          value={values.role_id}
          onChange={set('role_id')}
          error={errors.role_id}
          hint="Every entity user needs a role: it decides what they may do in Monite."
        >
          <option value="" disabled={mode === 'edit'}>
            Choose a role…
          </option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </SelectField>
      </div>
    </Dialog>
  )
}
