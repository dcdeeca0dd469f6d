import type { EntityUser } from '@monite-kit/client'
import { useMe, useMyRole, useUpdateMe } from '@monite-kit/react'
import { type FormEvent, useEffect, useState } from 'react'
import { useActAsPicker } from '../../app/ActAsPicker'
import { PageHeader } from '../../app/PageHeader'
import { useSession } from '../../app/session'
import { describeError, type FieldErrors, fieldErrorsFrom422 } from '../../lib/errors'
import { countAllowed, toMatrix } from '../../lib/permissions'
import { validateUser } from '../../lib/validation'
import { Alert, Badge, Button, Skeleton, TextField, useToast } from '../../ui'
import { PermissionLegend, PermissionMatrix } from '../roles/PermissionMatrix'

const ME_FIELDS = ['first_name', 'last_name', 'email', 'phone', 'title'] as const
type MeField = (typeof ME_FIELDS)[number]
type MeValues = Record<MeField, string>

/** `/profile`: GET/PATCH /entity_users/me and GET /entity_users/my_role. */
export function ProfilePage() {
  const { actingAs } = useSession()
  const picker = useActAsPicker()
  if (!actingAs) {
    return (
      <>
        <PageHeader title="Profile" description="The signed-in entity user's own details." />
        <Alert
          tone="info"
          title="You are using a partner-level token"
          actions={
            <Button variant="primary" onClick={picker.open}>
              Act as an entity user…
            </Button>
          }
        >
          <code>/entity_users/me</code> and <code>/entity_users/my_role</code> describe the user an
          entity-user token belongs to. Pick a user to mint their token and see their profile.
        </Alert>
      </>
    )
  }
  return <MyProfile />
}

function MyProfile() {
  const me = useMe()
  const role = useMyRole()
  return (
    <>
      <PageHeader
        title="Profile"
        description="Your own details (PATCH /entity_users/me) and what your role allows."
      />
      <div className="app-profile">
        <section className="ui-card" aria-labelledby="me-title">
          <div className="ui-card__header">
            <h2 className="ui-card__title" id="me-title">
              Your details
            </h2>
            {me.data ? <Badge tone="green">{me.data.login}</Badge> : null}
          </div>
          <div className="ui-card__body">
            {me.isError ? (
              <Alert tone="danger" role="alert" title={describeError(me.error).title}>
                {describeError(me.error).text}
              </Alert>
            ) : me.isPending ? (
              <FormSkeleton />
            ) : (
              <MeForm me={me.data} key={me.data.id} />
            )}
          </div>
        </section>
        <section className="ui-card" aria-labelledby="role-title">
          <div className="ui-card__header">
            <h2 className="ui-card__title" id="role-title">
              Your role
            </h2>
          </div>
          <div className="ui-card__body">
            {role.isError ? (
              <Alert tone="danger" role="alert" title={describeError(role.error).title}>
                {describeError(role.error).text}
              </Alert>
            ) : role.isPending ? (
              <FormSkeleton />
            ) : (
              <dl className="app-dl">
                <dt>Name</dt>
                <dd data-testid="my-role-name">{role.data.name}</dd>
                <dt>Status</dt>
                <dd>{role.data.status}</dd>
                <dt>Actions allowed</dt>
                <dd>{countAllowed(role.data.permissions)}</dd>
                <dt>Role id</dt>
                <dd>
                  <code>{role.data.id}</code>
                </dd>
              </dl>
            )}
          </div>
        </section>
      </div>
      {role.data ? (
        <>
          <div className="app-matrix-toolbar">
            <h2 className="ui-card__title">Permissions of “{role.data.name}”</h2>
            <PermissionLegend />
          </div>
          <PermissionMatrix value={toMatrix(role.data.permissions)} />
        </>
      ) : null}
    </>
  )
}

function valuesOf(me: EntityUser): MeValues {
  return {
    first_name: me.first_name ?? '',
    last_name: me.last_name ?? '',
    email: me.email ?? '',
    phone: me.phone ?? '',
    title: '',
  }
}

function MeForm({ me }: { me: EntityUser }) {
  const toast = useToast()
  const update = useUpdateMe()
  const [values, setValues] = useState<MeValues>(() => valuesOf(me))
  const [errors, setErrors] = useState<FieldErrors<MeField>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [focusTick, setFocusTick] = useState(0)
  useEffect(() => {
    if (focusTick) document.querySelector<HTMLElement>('#me-form [aria-invalid="true"]')?.focus()
  }, [focusTick])

  const set = (field: MeField) => (event: { target: { value: string } }) => {
    const value = event.target.value
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const local = validateUser(values, { mode: 'me' }) as FieldErrors<MeField>
    if (Object.keys(local).length) {
      setErrors(local)
      setFocusTick((n) => n + 1)
      return
    }
    const body: Record<string, string | null> = {}
    for (const key of ME_FIELDS) {
      const value = values[key].trim()
      if (value) body[key] = value
      else if (key !== 'first_name' && key !== 'title') body[key] = null
    }
    try {
      await update.mutateAsync(body)
      toast({ tone: 'success', title: 'Profile saved' })
    } catch (error) {
      const mapped = fieldErrorsFrom422(error, ME_FIELDS)
      if (mapped) {
        setErrors(mapped.fields)
        if (mapped.rest.length) setFormError(mapped.rest.join('; '))
        setFocusTick((n) => n + 1)
        return
      }
      const d = describeError(error, 'Saving your profile')
      setFormError(d.text)
      toast({ tone: 'danger', title: d.title, text: d.text })
    }
  }

  return (
    <form id="me-form" onSubmit={onSubmit} noValidate aria-label="Your details">
      <div className="ui-form-grid">
        {formError ? (
          <div className="ui-field--wide">
            <Alert tone="danger" role="alert">
              {formError}
            </Alert>
          </div>
        ) : null}
        <TextField
          label="First name"
          name="first_name"
          required
          value={values.first_name}
          onChange={set('first_name')}
          error={errors.first_name}
        />
        <TextField
          label="Last name"
          name="last_name"
          value={values.last_name}
          onChange={set('last_name')}
          error={errors.last_name}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          wide
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          label="Phone"
          name="phone"
          type="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <TextField
          label="Job title"
          name="title"
          value={values.title}
          onChange={set('title')}
          error={errors.title}
        />
        <div className="ui-field--wide" style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button type="submit" variant="primary" loading={update.isPending}>
            Save profile
          </Button>
        </div>
      </div>
    </form>
  )
}

function FormSkeleton() {
  return (
    <div aria-busy="true" style={{ display: 'grid', gap: 12 }}>
      <Skeleton width="40%" />
      <Skeleton />
      <Skeleton width="70%" />
      <Skeleton width="55%" />
    </div>
  )
}
