'use client'

import type { EntityUser } from '@monite-kit/client'
import {
  moniteKeys,
  useCreateEntityUser,
  useEntityUsers,
  useMoniteClient,
  usePermissions,
  useRoles,
} from '@monite-kit/react'
import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, type ReactNode, useId, useState, useTransition } from 'react'
import { deleteEntityUser } from '@/app/actions'
import { USERS_LIST } from '@/lib/usersList'

/**
 * The users list (hydrated from the Server Component's prefetch) with its write controls: the
 * "Add user" form when the server allowed it and the role does, a Delete button per row when the
 * role may delete that user.
 */
export function UsersPanel({ canCreate }: { canCreate: boolean }): ReactNode {
  const users = useEntityUsers(USERS_LIST)
  const permissions = usePermissions()
  const mayCreate = canCreate && permissions.isActionAllowed('entity_user', 'create')

  if (users.isPending) return <p aria-live="polite">Loading users…</p>
  if (users.isError) {
    return (
      <p role="alert" className="error">
        Could not load users: {users.error.message}
      </p>
    )
  }
  return (
    <>
      {mayCreate && <AddUserForm />}
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Users ({users.data.data.length})</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Login</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.data.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                mayDelete={
                  user.id !== permissions.me?.id &&
                  permissions.isActionAllowed('entity_user', 'delete', { ownerId: user.id })
                }
              />
            ))}
          </tbody>
        </table>
      </section>
    </>
  )
}

function fullName(user: EntityUser): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ')
}

function UserRow({ user, mayDelete }: { user: EntityUser; mayDelete: boolean }): ReactNode {
  const client = useMoniteClient()
  const queryClient = useQueryClient()
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const remove = () =>
    startTransition(async () => {
      // A server action: the server checks the session user's permission, then calls Monite.
      const result = await deleteEntityUser(user.id)
      if (!result.ok) return setError(result.message)
      await queryClient.invalidateQueries({ queryKey: moniteKeys.entityUsers.all(client) })
    })
  return (
    <tr>
      <td>{fullName(user)}</td>
      <td>{user.login}</td>
      <td>
        {mayDelete && (
          <button type="button" onClick={remove} disabled={pending}>
            Delete<span className="visually-hidden"> {fullName(user)}</span>
          </button>
        )}
        {error && (
          <span role="alert" className="error">
            {error}
          </span>
        )}
      </td>
    </tr>
  )
}

function AddUserForm(): ReactNode {
  const id = useId()
  const create = useCreateEntityUser()
  const roles = useRoles()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const firstName = String(data.get('first_name') ?? '').trim()
    const lastName = String(data.get('last_name') ?? '').trim()
    create.mutate(
      {
        first_name: firstName,
        last_name: lastName || null,
        login: `${firstName}.${lastName || 'user'}`.toLowerCase().replace(/[^a-z0-9.]+/g, ''),
        role_id: String(data.get('role_id') ?? ''),
      },
      { onSuccess: () => form.reset() },
    )
  }
  return (
    <form onSubmit={submit} className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add user</h2>
      <div className="fields">
        <label htmlFor={`${id}-first`}>First name</label>
        <input id={`${id}-first`} name="first_name" required maxLength={100} />
        <label htmlFor={`${id}-last`}>Last name</label>
        <input id={`${id}-last`} name="last_name" maxLength={100} />
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} name="role_id" required>
          {roles.data?.data.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add user'}
      </button>
      {create.isError && (
        <p role="alert" className="error">
          {create.error.message}
        </p>
      )}
    </form>
  )
}
