import { isMoniteApiError, type Role } from '@monite-kit/client'
import { useDeleteRole, useRolesInfinite } from '@monite-kit/react'
import { useRef, useState } from 'react'
import { Allowed, AllowedPrimaryButton, AllowedRowButton } from '../../app/Allowed'
import { ErrorAlert } from '../../app/ErrorAlert'
import { ListFooter } from '../../app/ListFooter'
import { PageHeader } from '../../app/PageHeader'
import { useDeleteConfirmation } from '../../app/useDeleteConfirmation'
import { useReadAccess } from '../../app/useReadAccess'
import { countAllowed, getPermissionSummary } from '../../lib/permissions'
import { Link, useRouter } from '../../lib/router'
import { Alert, Badge, Button, ConfirmDialog, EmptyState, ScrollRegion, Skeleton } from '../../ui'

export const ROLES_PAGE_SIZE = 20

export function RolesPage() {
  const { navigate } = useRouter()
  const access = useReadAccess('role')
  const roles = useRolesInfinite(
    { limit: ROLES_PAGE_SIZE, sort: 'created_at', order: 'asc' },
    { enabled: access === 'allowed' || access === 'own', retryOnMount: false },
  )
  const remove = useDeleteRole()
  const [inUse, setInUse] = useState<Role | null>(null)
  const { deleting, setDeleting, confirm } = useDeleteConfirmation<Role>({
    remove,
    nameOf: (role) => role.name,
    deletedTitle: 'Role deleted',
    failedAction: 'Deleting the role',
    handleError: (error, role) => {
      if (!(isMoniteApiError(error) && error.status === 409)) return false
      // Explain instead of just failing: the dialog stays open with the reason and a way out.
      setInUse(role)
      return true
    },
  })
  const newButtonRef = useRef<HTMLButtonElement>(null)
  const rows = roles.data?.pages.flatMap((page) => page.data) ?? []

  const closeDelete = () => {
    setDeleting(null)
    setInUse(null)
  }

  return (
    <>
      <PageHeader
        title="Roles"
        description="What each role may do, object type by object type."
        actions={
          <AllowedPrimaryButton
            objectType="role"
            action="create"
            ref={newButtonRef}
            onClick={() => navigate('/roles/new')}
          >
            New role
          </AllowedPrimaryButton>
        }
      />
      <section className="ui-card" aria-label="Roles">
        {access === 'denied' ? (
          <div className="ui-card__body">
            <Alert tone="info" title="Your role may not read roles">
              Monite would answer 403, so this page does not ask.
            </Alert>
          </div>
        ) : roles.isError ? (
          <div className="ui-card__body">
            <ErrorAlert
              error={roles.error}
              action="Loading roles"
              onRetry={() => roles.refetch()}
            />
          </div>
        ) : roles.isPending ? (
          <div className="ui-card__body" aria-busy="true">
            <span className="ui-visually-hidden">Loading roles…</span>
            {Array.from({ length: 5 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
              <div key={i} style={{ padding: '10px 0' }}>
                <Skeleton width={`${40 + ((i * 13) % 40)}%`} />
              </div>
            ))}
          </div>
        ) : rows.length === 0 ? (
          <EmptyState title="No roles yet">Every entity user needs a role.</EmptyState>
        ) : (
          <ScrollRegion label="Roles table">
            <table className="ui-table">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Entity users</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Payables</th>
                  <th scope="col">Actions allowed</th>
                  <th scope="col">
                    <span className="ui-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((role) => {
                  const summary = getPermissionSummary(role.permissions)
                  return (
                    <tr key={role.id} data-testid="role-row">
                      <td>
                        <Link to={`/roles/${role.id}`} className="app-user-cell__name">
                          {role.name}
                        </Link>
                      </td>
                      <td>
                        <SummaryBadge text={summary.entity_user} />
                      </td>
                      <td>
                        <SummaryBadge text={summary.role} />
                      </td>
                      <td>
                        <SummaryBadge text={summary.payable} />
                      </td>
                      <td className="ui-cell-muted">{countAllowed(role.permissions)}</td>
                      <td className="ui-cell-actions">
                        <Allowed objectType="role" action="update">
                          {({ allowed }) => (
                            <Button
                              size="sm"
                              variant="ghost"
                              aria-label={`${allowed ? 'Edit' : 'View'} ${role.name}`}
                              onClick={() => navigate(`/roles/${role.id}`)}
                            >
                              {allowed ? 'Edit' : 'View'}
                            </Button>
                          )}
                        </Allowed>
                        <AllowedRowButton
                          objectType="role"
                          action="delete"
                          variant="ghost-danger"
                          label={`Delete ${role.name}`}
                          onClick={() => setDeleting(role)}
                        >
                          Delete
                        </AllowedRowButton>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {rows.length > 0 ? (
          <ListFooter query={roles}>
            <span role="status">
              {rows.length} role{rows.length === 1 ? '' : 's'}
            </span>
          </ListFooter>
        ) : null}
      </section>

      <ConfirmDialog
        open={deleting !== null}
        title={inUse ? 'This role is still in use' : 'Delete this role?'}
        // Deleting again would only get the same 409: the way out is the link to its users.
        confirmLabel={inUse ? null : 'Delete role'}
        cancelLabel={inUse ? 'Close' : 'Cancel'}
        pending={remove.isPending}
        onConfirm={confirm}
        onCancel={closeDelete}
        fallbackFocusRef={newButtonRef}
        testId="confirm-delete-role"
      >
        {inUse ? (
          <Alert tone="warning" role="alert" title={`Monite refused to delete “${inUse.name}”`}>
            <p>
              Some entity users still have this role (Monite answered <strong>409 Conflict</strong>
              ). Give them another role first, then delete it.
            </p>
            <p style={{ marginTop: 'var(--space-2)' }}>
              <Link to={`/users?role=${encodeURIComponent(inUse.id)}`} onClick={closeDelete}>
                Show the users with this role
              </Link>
            </p>
          </Alert>
        ) : deleting ? (
          <p>
            <strong>{deleting.name}</strong> will be removed from the entity. Users who still have
            it must be moved to another role first.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  )
}

function SummaryBadge({ text }: { text: string }) {
  const tone = text === 'Full access' ? 'green' : text === 'No access' ? undefined : 'amber'
  return <Badge tone={tone}>{text}</Badge>
}
