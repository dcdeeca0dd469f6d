import type { EntityUser } from '@monite-kit/client'
import { useMe, useMyRole, useUpdateMe } from '@monite-kit/react'
import type { FormEvent } from 'react'
import { useActAsPicker } from '../../app/ActAsPicker'
import { ErrorAlert } from '../../app/ErrorAlert'
import { FormErrorAlert } from '../../app/forms/FormErrorAlert'
import { PersonFields } from '../../app/forms/PersonFields'
import { useFieldForm } from '../../app/forms/useFieldForm'
import { PageHeader } from '../../app/PageHeader'
import { useSession } from '../../app/session'
import { describeError, type FieldErrors } from '../../lib/errors'
import { countAllowed, toMatrix } from '../../lib/permissions'
import {
  bodyOf,
  PERSON_FIELDS,
  type PersonField,
  personValues,
  validateUser,
} from '../../lib/validation'
import { Alert, Badge, Button, Skeleton, useToast } from '../../ui'
import { PermissionLegend, PermissionMatrix } from '../roles/PermissionMatrix'

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
              <ErrorAlert error={me.error} />
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
              <ErrorAlert error={role.error} />
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

function MeForm({ me }: { me: EntityUser }) {
  const toast = useToast()
  const update = useUpdateMe()
  const form = useFieldForm(PERSON_FIELDS, () => personValues(me))
  const { values } = form

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    form.setFormError(null)
    const local = validateUser(values, { mode: 'me' }) as FieldErrors<PersonField>
    if (Object.keys(local).length) {
      form.showFieldErrors(local)
      return
    }
    try {
      await update.mutateAsync(bodyOf(values, PERSON_FIELDS, 'edit'))
      toast({ tone: 'success', title: 'Profile saved' })
    } catch (error) {
      if (form.show422(error)) return
      const d = describeError(error, 'Saving your profile')
      form.setFormError({ text: d.text, details: d.details })
      toast({ tone: 'danger', title: d.title, text: d.text, details: d.details })
    }
  }

  return (
    <form id="me-form" onSubmit={onSubmit} noValidate aria-label="Your details">
      <div ref={form.fieldsRef} className="ui-form-grid">
        <FormErrorAlert error={form.formError} />
        <PersonFields
          values={values}
          errors={form.errors}
          onChange={form.set}
          fieldProps={{ email: { wide: true } }}
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
