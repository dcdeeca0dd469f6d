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
 * its partner token allows, so only "act as" sessions ask the role, via `useIsActionAllowed`
 * (which reads `/entity_users/me` and `/entity_users/my_role` — calls a partner token cannot
 * make).
 */
export function Allowed<T extends MoniteObjectType>(props: AllowedProps<T>) {
  const { actingAs } = useSession()
  if (!actingAs) return <>{props.children({ allowed: true, pending: false })}</>
  return <UserAllowed {...props} />
}

function UserAllowed<T extends MoniteObjectType>({
  objectType,
  action,
  ownerId,
  children,
}: AllowedProps<T>) {
  const { data, isPending, isError } = useIsActionAllowed(objectType, action, { ownerId })
  return <>{children({ allowed: data === true, pending: isPending && !isError })}</>
}
