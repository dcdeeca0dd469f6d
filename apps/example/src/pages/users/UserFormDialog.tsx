import type { EntityUser, Role } from '@monite-kit/client'
import { useCreateEntityUser, useUpdateEntityUser } from '@monite-kit/react'
import { type FormEvent, useEffect } from 'react'
import { FormErrorAlert } from '../../app/forms/FormErrorAlert'
import { PersonFields } from '../../app/forms/PersonFields'
import { useFieldForm } from '../../app/forms/useFieldForm'
import { describeError } from '../../lib/errors'
import {
  EMPTY_USER,
  personValues,
  USER_FIELDS,
  type UserFormValues,
  userBody,
  validateUser,
} from '../../lib/validation'
import { Button, Dialog, SelectField, TextField, useToast } from '../../ui'

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
  return { ...personValues(user), login: user.login, role_id: user.role_id ?? '' }
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
  const form = useFieldForm(USER_FIELDS, () => valuesOf(user))
  const { values, errors, set, reset } = form

  // Fresh form each time the dialog opens.
  useEffect(() => {
    if (open) reset(valuesOf(user))
  }, [open, user, reset])

  const pending = create.isPending || update.isPending

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    form.setFormError(null)
    const local = validateUser(values, { mode })
    if (Object.keys(local).length > 0) {
      form.showFieldErrors(local)
      return
    }
    form.setErrors({})
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
      if (form.show422(error, 'Monite rejected the form')) return
      const described = describeError(error, user ? 'Saving the user' : 'Creating the user')
      if (described.kind === 'conflict') {
        form.showFieldErrors({ login: described.text })
        return
      }
      form.setFormError(described)
      toast({
        tone: 'danger',
        title: described.title,
        text: described.text,
        details: described.details,
      })
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
      <div ref={form.fieldsRef} className="ui-form-grid">
        <FormErrorAlert error={form.formError} />
        <PersonFields
          values={values}
          errors={errors}
          onChange={set}
          fieldProps={{
            first_name: { autoComplete: 'given-name' },
            last_name: { autoComplete: 'family-name' },
            email: { autoComplete: 'email' },
            phone: { autoComplete: 'tel', hint: 'International format, e.g. +491729925904' },
          }}
          afterNames={
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
          }
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
