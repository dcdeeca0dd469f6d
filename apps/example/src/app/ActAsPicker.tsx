import type { EntityUser } from '@monite-kit/client'
import { useEntityUsers, useRoles } from '@monite-kit/react'
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react'
import { describeError } from '../lib/errors'
import { Alert, Avatar, Badge, Dialog, Skeleton, TextField, useToast } from '../ui'
import { ErrorAlert } from './ErrorAlert'
import { AsPartner, useSession } from './session'

interface PickerValue {
  open: () => void
}

const PickerContext = createContext<PickerValue | null>(null)

export function useActAsPicker(): PickerValue {
  const picker = useContext(PickerContext)
  if (!picker) throw new Error('useActAsPicker must be used inside <ActAsPickerProvider>')
  return picker
}

function nameOf(user: Pick<EntityUser, 'first_name' | 'last_name' | 'login'>) {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.login
}

/** "Act as": pick an entity user, mint their entity-user token, and switch the whole UI. */
export function ActAsPickerProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false)
  const value = useMemo(() => ({ open: () => setOpen(true) }), [])
  return (
    <PickerContext.Provider value={value}>
      {children}
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title="Act as an entity user"
        description="Mints an entity-user token (POST /auth/token, grant_type entity_user). The screens then show only what that user's role allows."
        testId="act-as-dialog"
      >
        {isOpen ? (
          <AsPartner>
            <PickerBody onDone={() => setOpen(false)} />
          </AsPartner>
        ) : null}
      </Dialog>
    </PickerContext.Provider>
  )
}

function PickerBody({ onDone }: { onDone: () => void }) {
  const session = useSession()
  const toast = useToast()
  const [filter, setFilter] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const users = useEntityUsers({ status: 'active', limit: 100, sort: 'updated_at', order: 'desc' })
  const roles = useRoles({ limit: 100 })
  const roleNames = new Map((roles.data?.data ?? []).map((r) => [r.id, r.name]))
  const list = (users.data?.data ?? []).filter((u) =>
    `${nameOf(u)} ${u.login}`.toLowerCase().includes(filter.trim().toLowerCase()),
  )

  const pick = async (user: EntityUser) => {
    setBusy(user.id)
    setError(null)
    try {
      await session.actAs(user)
      toast({
        tone: 'success',
        title: `Acting as ${nameOf(user)}`,
        text: `Entity-user token minted; role: ${roleNames.get(user.role_id ?? '') ?? 'unknown'}.`,
      })
      onDone()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <TextField
        label="Find a user"
        type="search"
        placeholder="Name or login"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {error ? (
        <Alert tone="danger" role="alert" title="Could not mint a token">
          {describeError(error).text}
        </Alert>
      ) : null}
      {users.isError ? (
        <ErrorAlert error={users.error} />
      ) : users.isPending ? (
        <div style={{ display: 'grid', gap: 10 }} aria-busy="true">
          <Skeleton />
          <Skeleton />
          <Skeleton />
        </div>
      ) : (
        <ul className="app-pick-list" aria-label="Entity users">
          {list.map((user) => (
            <li key={user.id}>
              <button
                type="button"
                onClick={() => pick(user)}
                disabled={busy !== null}
                aria-busy={busy === user.id || undefined}
              >
                <Avatar name={nameOf(user)} />
                <span>
                  <span className="app-user-cell__name">{nameOf(user)}</span>
                  <span className="app-user-cell__sub"> · {user.login}</span>
                </span>
                <Badge tone="brand">
                  {busy === user.id
                    ? 'Minting token…'
                    : (roleNames.get(user.role_id ?? '') ?? 'No role')}
                </Badge>
              </button>
            </li>
          ))}
          {list.length === 0 ? (
            <li style={{ padding: 12, color: 'var(--color-text-muted)' }}>No user matches.</li>
          ) : null}
        </ul>
      )}
    </>
  )
}
