import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react'

/**
 * A tiny history router: the URL is the single source of truth for the page and its filters,
 * so a reload or a shared link shows the same screen.
 */
interface RouterState {
  pathname: string
  search: string
  navigate: (to: string, options?: { replace?: boolean }) => void
}

const RouterContext = createContext<RouterState | null>(null)

function read() {
  return { pathname: window.location.pathname, search: window.location.search }
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(read)
  useEffect(() => {
    const onPop = () => setLocation(read())
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    const url = new URL(to, window.location.href)
    const next = `${url.pathname}${url.search}${url.hash}`
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`
    if (next !== current) {
      if (options?.replace) window.history.replaceState(null, '', next)
      else window.history.pushState(null, '', next)
    }
    setLocation(read())
  }, [])
  const value = useMemo(() => ({ ...location, navigate }), [location, navigate])
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>
}

export function useRouter(): RouterState {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter must be used inside <RouterProvider>')
  return router
}

/** `matchPath('/roles/:id', '/roles/42')` → `{ id: '42' }`; null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean)
  const got = pathname.split('/').filter(Boolean)
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!
    const g = got[i]!
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g)
    else if (w !== g) return null
  }
  return params
}

/** Reads and writes query-string parameters; writes replace the history entry. */
export function useSearchParams(): [
  URLSearchParams,
  (update: Record<string, string | null | undefined>) => void,
] {
  const { pathname, search, navigate } = useRouter()
  const params = useMemo(() => new URLSearchParams(search), [search])
  const set = useCallback(
    (update: Record<string, string | null | undefined>) => {
      const next = new URLSearchParams(window.location.search)
      for (const [key, value] of Object.entries(update)) {
        if (value === null || value === undefined || value === '') next.delete(key)
        else next.set(key, value)
      }
      const query = next.toString()
      navigate(`${pathname}${query ? `?${query}` : ''}`, { replace: true })
    },
    [navigate, pathname],
  )
  return [params, set]
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string
  children: ReactNode
}

export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { navigate } = useRouter()
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return
    }
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  )
}
