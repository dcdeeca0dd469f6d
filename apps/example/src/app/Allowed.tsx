import { type MoniteAction, type MoniteObjectType, useIsActionAllowed } from '@monite-kit/react'
import type { ReactNode } from 'react'
import { useSession } from './session'

export interface AllowedState {
  allowed: boolean
  pending: boolean
}

interface AllowedProps<T extends MoniteObjectType> {
  objectType: T
  action: MoniteAction<T>
  ownerId?: string | null
  children: (state: AllowedState) => ReactNode
}

/**
 * Whether the current viewer may do `action`. The partner-level admin view may do everything
 * its partner token allows, so only "act as" sessions ask the role, via `useIsActionAllowed`;
 * with a partner token the hook is disabled (`/entity_users/me` and `/my_role` need an
 * entity-user token).
 */
export function Allowed<T extends MoniteObjectType>({
  objectType,
  action,
  ownerId,
  children,
}: AllowedProps<T>) {
  const { actingAs } = useSession()
  const enabled = Boolean(actingAs)
  const { data, isPending, isError } = useIsActionAllowed(objectType, action, { ownerId, enabled })
  if (!enabled) return <>{children({ allowed: true, pending: false })}</>
  return <>{children({ allowed: data === true, pending: isPending && !isError })}</>
}
