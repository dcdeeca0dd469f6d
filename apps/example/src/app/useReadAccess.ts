import { type MoniteObjectType, usePermissions } from '@monite-kit/react'
import { useSession } from './session'

/**
 * What the viewer may read of `objectType`: everything (`allowed`), only their own records
 * (`own`), nothing (`denied`), or not known yet (`pending`). The partner-level view reads
 * everything; an "act as" session asks the user's role (`usePermissions`, which reads
 * `/entity_users/me` and `/entity_users/my_role`), so screens can skip a request that can only
 * answer 403. If the role cannot be loaded, Monite decides (`allowed`).
 */
export type ReadAccess = 'pending' | 'allowed' | 'own' | 'denied'

export function useReadAccess(objectType: MoniteObjectType): ReadAccess {
  const { actingAs } = useSession()
  const permissions = usePermissions({ enabled: Boolean(actingAs) })
  if (!actingAs || permissions.isError) return 'allowed'
  if (permissions.isPending) return 'pending'
  const permission = permissions.getPermission(objectType, 'read')
  if (permission === 'allowed') return 'allowed'
  if (permission === 'allowed_for_own') return 'own'
  return 'denied'
}
