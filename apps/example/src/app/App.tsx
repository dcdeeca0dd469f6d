import { useEffect } from 'react'
import { PageHeader } from '../app/PageHeader'
import { Link, matchPath, RouterProvider, useRouter } from '../lib/router'
import type { AppBackend } from '../monite/backend'
import { PayablesPage } from '../pages/payables/PayablesPage'
import { ProfilePage } from '../pages/profile/ProfilePage'
import { RoleEditorPage } from '../pages/roles/RoleEditorPage'
import { RolesPage } from '../pages/roles/RolesPage'
import { UsersPage } from '../pages/users/UsersPage'
import { ToastProvider } from '../ui'
import { ActAsPickerProvider } from './ActAsPicker'
import { Layout } from './Layout'
import { SessionProvider } from './session'

export function App({ backend }: { backend: AppBackend }) {
  return (
    <ToastProvider>
      <RouterProvider>
        <SessionProvider backend={backend}>
          <ActAsPickerProvider>
            <Layout>
              <Routes />
            </Layout>
          </ActAsPickerProvider>
        </SessionProvider>
      </RouterProvider>
    </ToastProvider>
  )
}

function Routes() {
  const { pathname, navigate } = useRouter()
  useEffect(() => {
    if (pathname === '/' || pathname === '/index.html') navigate('/users', { replace: true })
  }, [pathname, navigate])

  if (pathname === '/' || pathname === '/users') return <UsersPage />
  if (pathname === '/roles') return <RolesPage />
  if (pathname === '/roles/new') return <RoleEditorPage roleId={null} />
  const role = matchPath('/roles/:id', pathname)
  if (role) return <RoleEditorPage roleId={role.id!} key={role.id} />
  if (pathname === '/payables') return <PayablesPage />
  if (pathname === '/profile') return <ProfilePage />
  return (
    <>
      <PageHeader title="Page not found" />
      <p>
        Nothing lives at <code>{pathname}</code>. <Link to="/users">Go to users</Link>.
      </p>
    </>
  )
}
