import { isMoniteApiError, type Role } from '@monite-kit/client'
import { useRoles } from '@monite-kit/react'
import { useMemo } from 'react'
import { useReadAccess } from './useReadAccess'

export const ROLE_DIRECTORY_LIMIT = 100

export interface RoleDirectory {
  /** The roles the viewer may see (at most 100). */
  roles: Role[]
  names: ReadonlyMap<string, string>
  /** The viewer's role may not read roles: show no role names (and ask Monite nothing). */
  hidden: boolean
  /** Still finding out. */
  pending: boolean
  /** `roles` is every role there is (so an id missing from it is no role of the entity). */
  complete: boolean
}

/**
 * Role names for tables and pickers (`GET /roles?limit=100`), asked only when the viewer's role
 * may read roles. A 403 counts as "hidden" too, and is not asked again when another screen
 * mounts (`retryOnMount: false`).
 */
export function useRoleDirectory(): RoleDirectory {
  const access = useReadAccess('role')
  const query = useRoles(
    { limit: ROLE_DIRECTORY_LIMIT },
    { enabled: access === 'allowed' || access === 'own', retryOnMount: false },
  )
  const forbidden = isMoniteApiError(query.error) && query.error.status === 403
  const roles = query.data?.data
  return useMemo(() => {
    const list = roles ?? []
    return {
      roles: list,
      names: new Map(list.map((r) => [r.id, r.name])),
      hidden: access === 'denied' || forbidden,
      pending: access === 'pending' || (access !== 'denied' && !forbidden && query.isPending),
      complete: access === 'allowed' && Boolean(query.data) && !query.data?.next_pagination_token,
    }
  }, [roles, access, forbidden, query.isPending, query.data])
}
