import type { EntityUser, EntityUserListParams } from '@monite-kit/client'
import { useDeleteEntityUser, useEntityUsersInfinite } from '@monite-kit/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { AllowedPrimaryButton } from '../../app/Allowed'
import { ErrorAlert } from '../../app/ErrorAlert'
import { ListFooter } from '../../app/ListFooter'
import { PageHeader } from '../../app/PageHeader'
import { useDeleteConfirmation } from '../../app/useDeleteConfirmation'
import { useReadAccess } from '../../app/useReadAccess'
import { useRoleDirectory } from '../../app/useRoleDirectory'
import { Alert, Button, ConfirmDialog, EmptyState } from '../../ui'
import { DroppedFiltersNotice, UserFilters } from './UserFilters'
import { UserFormDialog } from './UserFormDialog'
import { displayName, UsersTable, UsersTableSkeleton } from './UsersTable'
import { useUserFilters } from './useUserFilters'

export const USERS_PAGE_SIZE = 10

export function UsersPage() {
  const access = useReadAccess('entity_user')
  const roles = useRoleDirectory()
  const { q, status, role, dropped, dismissDropped, setParams } = useUserFilters(roles)
  const newButtonRef = useRef<HTMLButtonElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)

  // The name box updates the URL after a short pause, not on every keystroke.
  const [nameInput, setNameInput] = useState(q)
  useEffect(() => setNameInput(q), [q])
  useEffect(() => {
    if (nameInput.trim() === q) return
    const timer = setTimeout(() => setParams({ q: nameInput.trim() }), 300)
    return () => clearTimeout(timer)
  }, [nameInput, q, setParams])

  const listParams = useMemo<EntityUserListParams>(
    () => ({
      limit: USERS_PAGE_SIZE,
      sort: 'updated_at',
      order: 'desc',
      ...(q ? { name__istartswith: q } : {}),
      ...(status ? { status } : {}),
      ...(role ? { role_id__in: [role] } : {}),
    }),
    [q, status, role],
  )
  const users = useEntityUsersInfinite(listParams, {
    enabled: access === 'allowed' || access === 'own',
    retryOnMount: false,
  })

  const [editing, setEditing] = useState<EntityUser | null>(null)
  const [creating, setCreating] = useState(false)
  const remove = useDeleteEntityUser()
  const { deleting, setDeleting, confirm } = useDeleteConfirmation<EntityUser>({
    remove,
    nameOf: displayName,
    deletedTitle: 'User deleted',
    failedAction: 'Deleting the user',
  })

  const rows = users.data?.pages.flatMap((page) => page.data) ?? []
  const filtered = Boolean(q || status || role)
  // Both "Clear filters" buttons vanish or get disabled once clicked: focus goes to the name box.
  const clearFilters = () => {
    setNameInput('')
    setParams({ q: null, status: null, role: null })
    nameRef.current?.focus()
  }

  return (
    <>
      <PageHeader
        title="Users"
        description="The entity's users. Filters are kept in the address bar."
        actions={
          <AllowedPrimaryButton
            objectType="entity_user"
            action="create"
            ref={newButtonRef}
            onClick={() => setCreating(true)}
          >
            New user
          </AllowedPrimaryButton>
        }
      />

      <section className="ui-card" aria-label="Users">
        <UserFilters
          nameInput={nameInput}
          onNameInput={setNameInput}
          onSubmitName={() => setParams({ q: nameInput.trim() })}
          status={status}
          role={role}
          roles={roles}
          setParams={setParams}
          filtered={filtered}
          onClear={clearFilters}
          nameRef={nameRef}
        />
        <DroppedFiltersNotice dropped={dropped} onDismiss={dismissDropped} />
        {roles.hidden ? (
          <p className="app-card-note" data-testid="roles-hidden">
            Your role may not read roles, so role names are not shown.
          </p>
        ) : null}

        {access === 'denied' ? (
          <div className="ui-card__body">
            <Alert tone="info" title="Your role may not list users">
              Monite would answer 403, so this page does not ask.
            </Alert>
          </div>
        ) : users.isError ? (
          <div className="ui-card__body">
            <ErrorAlert
              error={users.error}
              action="Loading users"
              onRetry={() => users.refetch()}
            />
          </div>
        ) : users.isPending ? (
          <UsersTableSkeleton />
        ) : rows.length === 0 ? (
          <EmptyState
            title={filtered ? 'No users match these filters' : 'No users yet'}
            action={filtered ? <Button onClick={clearFilters}>Clear filters</Button> : null}
          >
            {filtered
              ? 'Try another name, status or role.'
              : 'Create the first user of this entity.'}
          </EmptyState>
        ) : (
          <UsersTable
            rows={rows}
            roleNames={roles.hidden ? null : roles.names}
            busy={users.isFetching}
            onEdit={setEditing}
            onDelete={setDeleting}
          />
        )}

        {rows.length > 0 ? (
          <ListFooter query={users}>
            <span role="status" data-testid="users-count">
              Showing {rows.length} user{rows.length === 1 ? '' : 's'}
              {users.hasNextPage ? ' · more available' : ''}
            </span>
          </ListFooter>
        ) : null}
      </section>

      <UserFormDialog
        open={creating || editing !== null}
        user={editing}
        roles={roles.roles}
        onClose={() => {
          setCreating(false)
          setEditing(null)
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this user?"
        confirmLabel="Delete user"
        pending={remove.isPending}
        onConfirm={confirm}
        onCancel={() => setDeleting(null)}
        fallbackFocusRef={newButtonRef}
        testId="confirm-delete-user"
      >
        {deleting ? (
          <p>
            <strong>{displayName(deleting)}</strong> ({deleting.login}) will lose access to Monite.
            This cannot be undone.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  )
}
