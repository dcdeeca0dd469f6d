import type { AccessToken, EntityUser, MoniteClient } from '@monite-kit/client'
import { MoniteProvider, moniteRetry } from '@monite-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react'
import type { AppBackend } from '../monite/backend'

const STORAGE_KEY = 'monite-kit-example:act-as'

export interface ActingAs {
  user: Pick<EntityUser, 'id' | 'first_name' | 'last_name' | 'login' | 'role_id'>
  client: MoniteClient
  /** The entity-user token's answer, once minted. */
  token: AccessToken | null
}

interface SessionValue {
  backend: AppBackend
  /** `null`: the partner-level admin view. */
  actingAs: ActingAs | null
  /** Mints an entity-user token for `user` and switches every screen to that user's view. */
  actAs: (user: ActingAs['user']) => Promise<void>
  stopActing: () => void
  /** The partner-level QueryClient (also used by the act-as picker). */
  adminQueryClient: QueryClient
  /** Fake mode: reseed the world and drop every cache. */
  resetData?: () => Promise<void>
}

const SessionContext = createContext<SessionValue | null>(null)

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: moniteRetry, staleTime: 15_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}

/**
 * Holds who the UI acts as. Each identity gets its own QueryClient and MoniteProvider (keyed
 * by the user id), so one user's cached lists never show up in another user's view.
 */
export function SessionProvider({
  backend,
  children,
  initialActAsId,
}: {
  backend: AppBackend
  children: ReactNode
  /** Restores "act as" after a reload (read from sessionStorage by default). */
  initialActAsId?: string | null
}) {
  const [adminQueryClient] = useState(createAppQueryClient)
  const [actingAs, setActingAs] = useState<ActingAs | null>(null)
  const [userQueryClient, setUserQueryClient] = useState<QueryClient | null>(null)

  const actAs = useCallback(
    async (user: ActingAs['user']) => {
      const session = backend.actAs(user)
      const token = await session.ready
      setUserQueryClient(createAppQueryClient())
      setActingAs({ user, client: session.client, token })
      try {
        sessionStorage.setItem(STORAGE_KEY, user.id)
      } catch {}
    },
    [backend],
  )

  const stopActing = useCallback(() => {
    setActingAs(null)
    userQueryClient?.clear()
    setUserQueryClient(null)
    try {
      sessionStorage.removeItem(STORAGE_KEY)
    } catch {}
  }, [userQueryClient])

  // Restore "act as" after a reload.
  const [restoring, setRestoring] = useState(() => {
    if (initialActAsId !== undefined) return initialActAsId
    try {
      return sessionStorage.getItem(STORAGE_KEY)
    } catch {
      return null
    }
  })
  useEffect(() => {
    if (!restoring) return
    let cancelled = false
    backend.partnerClient.entityUsers
      .get(restoring)
      .then((user) => (cancelled ? undefined : actAs(user)))
      .catch(() => sessionStorage.removeItem(STORAGE_KEY))
      .finally(() => {
        if (!cancelled) setRestoring(null)
      })
    return () => {
      cancelled = true
    }
  }, [restoring, backend, actAs])

  const resetData = useMemo(() => {
    const reset = backend.reset
    if (!reset) return undefined
    return async () => {
      await reset()
      stopActing()
      // Drop every cached page and refetch what is on screen.
      await adminQueryClient.resetQueries()
    }
  }, [backend, stopActing, adminQueryClient])

  const value = useMemo<SessionValue>(
    () => ({ backend, actingAs, actAs, stopActing, adminQueryClient, resetData }),
    [backend, actingAs, actAs, stopActing, adminQueryClient, resetData],
  )

  if (restoring) {
    return (
      <div className="app-boot" role="status">
        Restoring your session…
      </div>
    )
  }

  const queryClient = actingAs && userQueryClient ? userQueryClient : adminQueryClient
  const client = actingAs ? actingAs.client : backend.partnerClient
  const scope = actingAs ? `user:${actingAs.user.id}` : 'partner'
  return (
    <SessionContext.Provider value={value}>
      <QueryClientProvider client={queryClient} key={scope}>
        <MoniteProvider client={client} scope={scope}>
          {children}
        </MoniteProvider>
      </QueryClientProvider>
    </SessionContext.Provider>
  )
}

export function useSession(): SessionValue {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used inside <SessionProvider>')
  return session
}

/** Renders `children` inside the partner-level providers, whoever the UI acts as. */
export function AsPartner({ children }: { children: ReactNode }) {
  const { backend, adminQueryClient } = useSession()
  return (
    <QueryClientProvider client={adminQueryClient}>
      <MoniteProvider client={backend.partnerClient} scope="partner">
        {children}
      </MoniteProvider>
    </QueryClientProvider>
  )
}
