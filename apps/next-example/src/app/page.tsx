import {
  entityUsersQueryOptions,
  isActionAllowed,
  meQueryOptions,
  myRoleQueryOptions,
  rolesQueryOptions,
} from '@monite-kit/react'
import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import { SignIn } from '@/components/SignIn'
import { UsersPanel } from '@/components/UsersPanel'
import { moniteBackend } from '@/lib/monite.server'
import { makeQueryClient } from '@/lib/queryClient'
import { readSession } from '@/lib/session.server'
import { USERS_LIST } from '@/lib/usersList'
import { signOut } from './actions'

export default async function Home({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const session = await readSession()
  const backend = moniteBackend()
  if (!session) {
    const { error } = await searchParams
    return (
      <main>
        <h1>Entity users</h1>
        <SignIn
          options={await backend.signInOptions()}
          error={error === 'unknown-user' ? 'Pick one of the listed users.' : undefined}
          mode={backend.mode}
        />
      </main>
    )
  }

  // Per request: a QueryClient and a client acting as the session's user, with the kit's builders.
  const monite = backend.clientFor(session.entityUserId)
  const queryClient = makeQueryClient()
  const [me, role] = await Promise.all([
    queryClient.fetchQuery(meQueryOptions(monite)),
    queryClient.fetchQuery(myRoleQueryOptions(monite)),
    queryClient.prefetchQuery(entityUsersQueryOptions(monite, USERS_LIST)),
    queryClient.prefetchQuery(rolesQueryOptions(monite)),
  ])
  // Gate on the server: no form for a user whose role may not create users.
  const canCreate = isActionAllowed(role.permissions, 'entity_user', 'create', {
    userId: me.id,
  })

  return (
    <main>
      <header className="bar">
        <h1>Entity users</h1>
        <p>
          Signed in as{' '}
          <strong>
            {me.first_name} {me.last_name}
          </strong>{' '}
          (role: {role.name}) · {backend.mode === 'fake' ? 'fake Monite API' : 'Monite API'}
        </p>
        <form action={signOut}>
          <button type="submit">Sign out</button>
        </form>
      </header>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <UsersPanel canCreate={canCreate} />
      </HydrationBoundary>
    </main>
  )
}
