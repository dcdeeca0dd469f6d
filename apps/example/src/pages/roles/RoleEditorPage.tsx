import type { Role } from '@monite-kit/client'
import { useCreateRole, useRole, useUpdateRole } from '@monite-kit/react'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { Allowed } from '../../app/Allowed'
import { ErrorAlert, SupportDetails } from '../../app/ErrorAlert'
import type { FormError } from '../../app/forms/useFieldForm'
import { PageHeader } from '../../app/PageHeader'
import { describeError, fieldErrorsFrom422 } from '../../lib/errors'
import { fromMatrix, type Matrix, presetMatrix, toMatrix } from '../../lib/permissions'
import { Link, useRouter } from '../../lib/router'
import { validateRoleName } from '../../lib/validation'
import { Alert, Button, Skeleton, TextField, useToast } from '../../ui'
import { PermissionLegend, PermissionMatrix } from './PermissionMatrix'

/** `/roles/new` and `/roles/:id`. */
export function RoleEditorPage({ roleId }: { roleId: string | null }) {
  if (roleId === null) return <RoleForm existing={null} />
  return <ExistingRole roleId={roleId} />
}

function ExistingRole({ roleId }: { roleId: string }) {
  const role = useRole(roleId)
  if (role.isError) {
    return (
      <>
        <PageHeader title="Role" />
        <ErrorAlert
          error={role.error}
          action="Loading the role"
          actions={<Link to="/roles">Back to roles</Link>}
        />
      </>
    )
  }
  if (role.isPending) {
    return (
      <>
        <PageHeader title="Loading role…" />
        <div className="ui-card ui-card__body" aria-busy="true">
          <Skeleton width="30%" />
          <div style={{ height: 16 }} />
          <Skeleton />
          <div style={{ height: 8 }} />
          <Skeleton />
        </div>
      </>
    )
  }
  return <RoleForm existing={role.data} key={role.data.id} />
}

function RoleForm({ existing }: { existing: Role | null }) {
  return (
    <Allowed objectType="role" action={existing ? 'update' : 'create'}>
      {({ allowed, pending }) => (
        <RoleFormInner existing={existing} readOnly={!allowed && !pending} />
      )}
    </Allowed>
  )
}

function RoleFormInner({ existing: role, readOnly }: { existing: Role | null; readOnly: boolean }) {
  const { navigate } = useRouter()
  const toast = useToast()
  const create = useCreateRole()
  const update = useUpdateRole()
  const [name, setName] = useState(role?.name ?? '')
  const [matrix, setMatrix] = useState<Matrix>(() =>
    role ? toMatrix(role.permissions) : presetMatrix('readOnly'),
  )
  const [nameError, setNameError] = useState<string | undefined>()
  const [formError, setFormError] = useState<FormError | null>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const [focusName, setFocusName] = useState(0)
  useEffect(() => {
    if (focusName) nameRef.current?.focus()
  }, [focusName])

  const pending = create.isPending || update.isPending

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const local = validateRoleName(name)
    if (local) {
      setNameError(local)
      setFocusName((n) => n + 1)
      return
    }
    const body = { name: name.trim(), permissions: fromMatrix(matrix) }
    try {
      const saved = role
        ? await update.mutateAsync({ id: role.id, body })
        : await create.mutateAsync(body)
      toast({ tone: 'success', title: role ? 'Role saved' : 'Role created', text: saved.name })
      navigate('/roles')
    } catch (error) {
      const mapped = fieldErrorsFrom422(error, ['name', 'permissions'] as const)
      if (mapped) {
        if (mapped.fields.name) {
          setNameError(mapped.fields.name)
          setFocusName((n) => n + 1)
        }
        const rest = [mapped.fields.permissions, ...mapped.rest].filter(Boolean)
        if (rest.length) setFormError({ title: 'Monite rejected the role', text: rest.join('; ') })
        return
      }
      const d = describeError(error, 'Saving the role')
      if (d.kind === 'conflict') {
        setNameError(`${d.text} Pick another name.`)
        setFocusName((n) => n + 1)
        return
      }
      setFormError(d)
      toast({ tone: 'danger', title: d.title, text: d.text, details: d.details })
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={role ? `Edit role ${role.name}` : 'New role'}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 'var(--space-6)' }}>
        <PageHeader
          title={role ? (readOnly ? role.name : `Edit “${role.name}”`) : 'New role'}
          description={
            <>
              <Link to="/roles">← All roles</Link>
              {readOnly ? ' · Your role may only view roles.' : null}
            </>
          }
          actions={
            readOnly ? null : (
              <>
                <Button onClick={() => navigate('/roles')} disabled={pending}>
                  Cancel
                </Button>
                <Button type="submit" variant="primary" loading={pending}>
                  {role ? 'Save role' : 'Create role'}
                </Button>
              </>
            )
          }
        />
        {formError ? (
          <Alert tone="danger" role="alert" title={formError.title}>
            {formError.text}
            <SupportDetails lines={formError.details} />
          </Alert>
        ) : null}
        <div className="ui-card ui-card__body">
          <div className="ui-form-grid">
            <TextField
              ref={nameRef}
              label="Role name"
              name="name"
              required
              readOnly={readOnly}
              value={name}
              maxLength={300}
              onChange={(event) => {
                setName(event.target.value)
                setNameError(undefined)
              }}
              error={nameError}
              hint="Unique within the entity (case-sensitive)."
            />
          </div>
        </div>
        <div className="app-matrix-toolbar">
          {readOnly ? null : (
            <>
              <span className="app-matrix-toolbar__label">Start from:</span>
              <Button size="sm" onClick={() => setMatrix(presetMatrix('admin'))}>
                Everything allowed
              </Button>
              <Button size="sm" onClick={() => setMatrix(presetMatrix('readOnly'))}>
                Read only
              </Button>
              <Button size="sm" onClick={() => setMatrix(presetMatrix('none'))}>
                Nothing allowed
              </Button>
            </>
          )}
          <PermissionLegend />
        </div>
        <PermissionMatrix value={matrix} onChange={readOnly ? undefined : setMatrix} />
      </div>
    </form>
  )
}
