import { useMe, useMyRole } from '@monite-kit/react'
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'
import { describeError } from '../lib/errors'
import { Link, useRouter } from '../lib/router'
import { Button, ConfirmDialog, useToast } from '../ui'
import { useActAsPicker } from './ActAsPicker'
import { useSession } from './session'

const NAV = [
  {
    to: '/users',
    label: 'Users',
    icon: 'M16 19v-1a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v1M9 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6M22 19v-1a4 4 0 0 0-3-3.87M16 4.13a3 3 0 0 1 0 5.74',
  },
  {
    to: '/roles',
    label: 'Roles',
    icon: 'M12 2l8 4v6c0 5-3.5 8.5-8 10-4.5-1.5-8-5-8-10V6l8-4zM9 12l2 2 4-4',
  },
  {
    to: '/payables',
    label: 'Payables',
    icon: 'M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6M9 13h6M9 17h6',
  },
  {
    to: '/profile',
    label: 'Profile',
    icon: 'M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8',
  },
] as const

function Icon({ d }: { d: string }) {
  return (
    <svg
      className="app-nav__icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={d} />
    </svg>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useRouter()
  const session = useSession()
  const picker = useActAsPicker()
  const toast = useToast()
  const [confirmReset, setConfirmReset] = useState(false)
  const [resetting, setResetting] = useState(false)
  const { backend, actingAs } = session

  // Move focus to the page title on navigation, so keyboard and screen-reader users land there.
  const lastPath = useRef(pathname)
  useLayoutEffect(() => {
    if (lastPath.current === pathname) return
    lastPath.current = pathname
    document.getElementById('main-heading')?.focus()
  }, [pathname])

  const doReset = async () => {
    if (!session.resetData) return
    setResetting(true)
    try {
      await session.resetData()
      toast({ tone: 'success', title: 'Data reset', text: 'The seeded world is back.' })
    } catch (error) {
      const d = describeError(error, 'Reset')
      toast({ tone: 'danger', title: d.title, text: d.text, details: d.details })
    } finally {
      setResetting(false)
      setConfirmReset(false)
    }
  }

  return (
    <div className="app-shell">
      <a className="ui-skip-link" href="#main">
        Skip to content
      </a>
      <aside className="app-sidebar">
        <Link to="/users" className="app-brand">
          <svg className="app-brand__logo" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="#4f46e5" />
            <path
              d="M8 22V10l8 7 8-7v12"
              fill="none"
              stroke="#fff"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>
            monite-kit
            <small>User &amp; role admin</small>
          </span>
        </Link>
        <nav aria-label="Main">
          <div className="app-nav">
            {NAV.map((item) => (
              <Link
                key={item.to}
                to={item.to}
                className="app-nav__link"
                aria-current={pathname.startsWith(item.to) ? 'page' : undefined}
              >
                <Icon d={item.icon} />
                {item.label}
              </Link>
            ))}
          </div>
        </nav>
        <div className="app-sidebar__footer">
          <div className="app-mode" data-testid="mode">
            <span
              className={
                backend.mode === 'fake' ? 'app-mode__dot' : 'app-mode__dot app-mode__dot--real'
              }
            />
            {backend.label}
          </div>
          <div>
            Entity <code>{backend.entityId.slice(0, 8)}…</code>
          </div>
          {session.resetData ? (
            <Button size="sm" variant="secondary" onClick={() => setConfirmReset(true)}>
              Reset data
            </Button>
          ) : null}
        </div>
      </aside>
      <div className="app-main">
        <header className="app-topbar">
          <div className="app-topbar__identity" data-testid="identity">
            {actingAs ? (
              <>
                Acting as <ActingName fallback={nameOf(actingAs.user)} />
                <RoleBadge />
              </>
            ) : (
              <>
                Signed in with a <strong>partner token</strong> (full access)
              </>
            )}
          </div>
          {actingAs ? (
            <Button size="sm" onClick={session.stopActing}>
              Back to partner view
            </Button>
          ) : null}
          <Button size="sm" variant={actingAs ? 'ghost' : 'primary'} onClick={picker.open}>
            {actingAs ? 'Switch user…' : 'Act as user…'}
          </Button>
        </header>
        <main id="main" className="app-content">
          {children}
        </main>
      </div>
      <ConfirmDialog
        open={confirmReset}
        title="Reset the fake data?"
        confirmLabel="Reset data"
        tone="primary"
        pending={resetting}
        onConfirm={doReset}
        onCancel={() => setConfirmReset(false)}
      >
        <p>Every change you made is dropped and the seeded users and roles come back.</p>
      </ConfirmDialog>
    </div>
  )
}

/** The acting user's name from /entity_users/me, so a profile edit shows up at once. */
function ActingName({ fallback }: { fallback: string }) {
  const me = useMe()
  return <strong>{me.data ? nameOf(me.data) : fallback}</strong>
}

function RoleBadge() {
  const role = useMyRole()
  if (!role.data) return null
  return (
    <span className="ui-badge ui-badge--amber" data-testid="acting-role">
      {role.data.name}
    </span>
  )
}

function nameOf(user: { first_name?: string | null; last_name?: string | null; login: string }) {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.login
}
