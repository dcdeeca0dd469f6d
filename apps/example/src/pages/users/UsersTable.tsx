import type { EntityUser } from '@monite-kit/client'
import { AllowedRowButton } from '../../app/Allowed'
import { Avatar, Badge, ScrollRegion, Skeleton, TableSkeleton } from '../../ui'

export function displayName(user: Pick<EntityUser, 'first_name' | 'last_name' | 'login'>) {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.login
}

/**
 * The users as a table in its own scroll region. Without `roleNames` (the viewer may not read
 * roles) there is no role column rather than raw role ids.
 */
export function UsersTable({
  rows,
  roleNames,
  busy,
  onEdit,
  onDelete,
}: {
  rows: EntityUser[]
  roleNames: ReadonlyMap<string, string> | null
  busy: boolean
  onEdit: (user: EntityUser) => void
  onDelete: (user: EntityUser) => void
}) {
  return (
    <ScrollRegion label="Users table">
      <table className="ui-table" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Login</th>
            {roleNames ? <th scope="col">Role</th> : null}
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
              {roleNames ? (
                <td>
                  {user.role_id && roleNames.has(user.role_id) ? (
                    <Badge tone="brand">{roleNames.get(user.role_id)}</Badge>
                  ) : (
                    <span className="ui-cell-muted">{user.role_id ? 'Not listed' : '—'}</span>
                  )}
                </td>
              ) : null}
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
                  onClick={() => onEdit(user)}
                >
                  Edit
                </AllowedRowButton>
                <AllowedRowButton
                  objectType="entity_user"
                  action="delete"
                  ownerId={user.id}
                  variant="ghost-danger"
                  label={`Delete ${displayName(user)}`}
                  onClick={() => onDelete(user)}
                >
                  Delete
                </AllowedRowButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

export function UsersTableSkeleton() {
  return (
    <TableSkeleton
      label="Loading users…"
      row={() => (
        <>
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
        </>
      )}
    />
  )
}
