import type { EntityUser } from '@monite-kit/client'
import { useRoles } from '@monite-kit/react'
import { useState } from 'react'
import { useDebouncedValue } from '../../lib/useDebouncedValue'
import { Avatar, Badge, Skeleton, TextField, useToast } from '../../ui'
import { ErrorAlert } from '../ErrorAlert'
import { ListFooter } from '../ListFooter'
import { useSession } from '../session'
import { useUserSearch } from './useUserSearch'

export function nameOf(user: Pick<EntityUser, 'first_name' | 'last_name' | 'login'>) {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.login
}

/** The picker's content, rendered with the partner-level client (`<AsPartner>`). */
export function PickerBody({ onDone }: { onDone: () => void }) {
  const session = useSession()
  const toast = useToast()
  const [input, setInput] = useState('')
  const term = useDebouncedValue(input.trim(), 250)
  const search = useUserSearch(term)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const roles = useRoles({ limit: 100 }, { retryOnMount: false })
  const roleNames = new Map((roles.data?.data ?? []).map((r) => [r.id, r.name]))
  const roleOf = (user: EntityUser) =>
    user.role_id ? (roleNames.get(user.role_id) ?? 'Role not listed') : 'No role'

  const pick = async (user: EntityUser) => {
    setBusy(user.id)
    setError(null)
    try {
      await session.actAs(user)
      toast({
        tone: 'success',
        title: `Acting as ${nameOf(user)}`,
        text: `Entity-user token minted; role: ${roleOf(user)}.`,
      })
      onDone()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }

  const list = search.users
  const searching = search.isStale || term !== input.trim()
  return (
    <>
      <TextField
        label="Find a user"
        type="search"
        placeholder="Name or exact login"
        hint="Monite searches names by their start, logins exactly."
        value={input}
        onChange={(event) => setInput(event.target.value)}
      />
      {error ? <ErrorAlert error={error} action="Minting a token" /> : null}
      {search.error ? (
        <ErrorAlert error={search.error} action="Searching users" onRetry={search.refetch} />
      ) : search.isPending ? (
        <div style={{ display: 'grid', gap: 10 }} aria-busy="true">
          <span className="ui-visually-hidden">Loading users…</span>
          <Skeleton />
          <Skeleton />
          <Skeleton />
        </div>
      ) : (
        <div className="app-pick">
          <ul
            className="app-pick-list"
            aria-label="Entity users"
            aria-busy={searching || undefined}
          >
            {list.map((user) => (
              <li key={user.id}>
                <button
                  type="button"
                  onClick={() => (busy === null ? pick(user) : undefined)}
                  aria-disabled={busy !== null || undefined}
                  aria-busy={busy === user.id || undefined}
                >
                  <Avatar name={nameOf(user)} />
                  <span>
                    <span className="app-user-cell__name">{nameOf(user)}</span>
                    <span className="app-user-cell__sub"> · {user.login}</span>
                  </span>
                  <Badge tone="brand">{busy === user.id ? 'Minting token…' : roleOf(user)}</Badge>
                </button>
              </li>
            ))}
            {list.length === 0 ? (
              <li className="app-pick-list__empty">
                {searching ? 'Searching…' : 'No user matches.'}
              </li>
            ) : null}
          </ul>
          <ListFooter query={search} moreLabel="More users">
            <span role="status" data-testid="picker-count">
              {list.length} user{list.length === 1 ? '' : 's'} shown
              {search.hasNextPage ? ' · more available' : ''}
            </span>
          </ListFooter>
        </div>
      )}
    </>
  )
}
