import type { EntityUser, EntityUserListParams, Role } from '@monite-kit/client'
import { useDeleteEntityUser, useEntityUsersInfinite, useRoles } from '@monite-kit/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { AllowedPrimaryButton, AllowedRowButton } from '../../app/Allowed'
import { ErrorAlert } from '../../app/ErrorAlert'
import { ListFooter } from '../../app/ListFooter'
import { PageHeader } from '../../app/PageHeader'
import { useDeleteConfirmation } from '../../app/useDeleteConfirmation'
import { useSearchParams } from '../../lib/router'
import {
  Avatar,
  Badge,
  Button,
  ConfirmDialog,
  EmptyState,
  SelectField,
  Skeleton,
  TextField,
} from '../../ui'
import { UserFormDialog } from './UserFormDialog'

export const USERS_PAGE_SIZE = 10
const STATUSES = ['active', 'deleted'] as const
type Status = (typeof STATUSES)[number]

export function displayName(user: Pick<EntityUser, 'first_name' | 'last_name' | 'login'>) {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.login
}

/** The filters live in the URL (`?q=&status=&role=`), so reloads and shared links keep them. */
function useUserFilters() {
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const rawStatus = params.get('status')
  const status: Status | '' = STATUSES.includes(rawStatus as Status) ? (rawStatus as Status) : ''
  const role = params.get('role') ?? ''
  return { q, status, role, setParams }
}

export function UsersPage() {
  const { q, status, role, setParams } = useUserFilters()
  const newButtonRef = useRef<HTMLButtonElement>(null)

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
  const users = useEntityUsersInfinite(listParams)
  const roles = useRoles({ limit: 100 })
  const roleList: Role[] = roles.data?.data ?? []
  const roleNames = useMemo(() => new Map(roleList.map((r) => [r.id, r.name])), [roleList])

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
        <form
          className="app-filters"
          aria-label="Filter users"
          onSubmit={(event) => {
            event.preventDefault()
            setParams({ q: nameInput.trim() })
          }}
        >
          <TextField
            label="Name starts with"
            name="q"
            type="search"
            placeholder="e.g. Ada"
            value={nameInput}
            onChange={(event) => setNameInput(event.target.value)}
          />
          <SelectField
            label="Status"
            name="status"
            value={status}
            onChange={(event) => setParams({ status: event.target.value })}
          >
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="deleted">Deleted</option>
          </SelectField>
          <SelectField
            label="Role"
            name="role"
            value={role}
            onChange={(event) => setParams({ role: event.target.value })}
          >
            <option value="">Any role</option>
            {roleList.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
            {role && !roleNames.has(role) ? (
              <option value={role}>Role {role.slice(0, 8)}…</option>
            ) : null}
          </SelectField>
          <Button
            variant="ghost"
            disabled={!filtered}
            onClick={() => {
              setNameInput('')
              setParams({ q: null, status: null, role: null })
            }}
          >
            Clear filters
          </Button>
        </form>

        {users.isError ? (
          <div className="ui-card__body">
            <ErrorAlert
              error={users.error}
              action="Loading users"
              actions={<Button onClick={() => users.refetch()}>Try again</Button>}
            />
          </div>
        ) : users.isPending ? (
          <UsersTableSkeleton />
        ) : rows.length === 0 ? (
          <EmptyState
            title={filtered ? 'No users match these filters' : 'No users yet'}
            action={
              filtered ? (
                <Button onClick={() => setParams({ q: null, status: null, role: null })}>
                  Clear filters
                </Button>
              ) : null
            }
          >
            {filtered
              ? 'Try another name, status or role.'
              : 'Create the first user of this entity.'}
          </EmptyState>
        ) : (
          <div className="ui-table-wrap">
            <table className="ui-table" aria-busy={users.isFetching}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Login</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="ui-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((user) => (
                  <tr key={user.id} data-testid="user-row">
                    <td>
                      <div className="app-user-cell">
                        <Avatar name={displayName(user)} />
                        <div>
                          <div className="app-user-cell__name">{displayName(user)}</div>
                          <div className="app-user-cell__sub">{user.email ?? '—'}</div>
                        </div>
                      </div>
                    </td>
                    <td className="ui-cell-muted">{user.login}</td>
                    <td>
                      {user.role_id ? (
                        <Badge tone="brand">
                          {roleNames.get(user.role_id) ?? `${user.role_id.slice(0, 8)}…`}
                        </Badge>
                      ) : (
                        <span className="ui-cell-muted">—</span>
                      )}
                    </td>
                    <td>
                      <Badge tone={user.status === 'active' ? 'green' : 'red'} dot>
                        {user.status === 'active' ? 'Active' : 'Deleted'}
                      </Badge>
                    </td>
                    <td className="ui-cell-actions">
                      <AllowedRowButton
                        objectType="entity_user"
                        action="update"
                        ownerId={user.id}
                        variant="ghost"
                        label={`Edit ${displayName(user)}`}
                        onClick={() => setEditing(user)}
                      >
                        Edit
                      </AllowedRowButton>
                      <AllowedRowButton
                        objectType="entity_user"
                        action="delete"
                        ownerId={user.id}
                        variant="ghost-danger"
                        label={`Delete ${displayName(user)}`}
                        onClick={() => setDeleting(user)}
                      >
                        Delete
                      </AllowedRowButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
        roles={roleList}
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

function UsersTableSkeleton() {
  return (
    <div className="ui-table-wrap" aria-busy="true">
      <span className="ui-visually-hidden">Loading users…</span>
      <table className="ui-table">
        <tbody>
          {Array.from({ length: 6 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <tr key={i}>
              <td>
                <div className="app-user-cell">
                  <span className="ui-avatar" />
                  <div style={{ flex: 1 }}>
                    <Skeleton width="60%" />
                    <div style={{ height: 6 }} />
                    <Skeleton width="40%" height={10} />
                  </div>
                </div>
              </td>
              <td>
                <Skeleton width={90} />
              </td>
              <td>
                <Skeleton width={80} />
              </td>
              <td>
                <Skeleton width={60} />
              </td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
