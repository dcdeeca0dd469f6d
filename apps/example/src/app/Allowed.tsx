import { type MoniteAction, type MoniteObjectType, useIsActionAllowed } from '@monite-kit/react'
import type { ReactNode, Ref } from 'react'
import { Button, type ButtonVariant } from '../ui'
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

interface AllowedButtonProps<T extends MoniteObjectType> extends Omit<AllowedProps<T>, 'children'> {
  variant: ButtonVariant
  /** The accessible name: "Delete Ada Lovelace". */
  label: string
  onClick: () => void
  children: ReactNode
}

/** A small row button, shown only once the viewer is known to be allowed to do `action`. */
export function AllowedRowButton<T extends MoniteObjectType>({
  variant,
  label,
  onClick,
  children,
  ...allowedProps
}: AllowedButtonProps<T>) {
  return (
    <Allowed {...allowedProps}>
      {({ allowed }) =>
        allowed ? (
          <Button size="sm" variant={variant} aria-label={label} onClick={onClick}>
            {children}
          </Button>
        ) : null
      }
    </Allowed>
  )
}

interface AllowedPrimaryButtonProps<T extends MoniteObjectType>
  extends Omit<AllowedProps<T>, 'children'> {
  ref?: Ref<HTMLButtonElement>
  onClick: () => void
  children: ReactNode
}

/** A page's primary button ("New user"): disabled while the answer is pending, gone if not allowed. */
export function AllowedPrimaryButton<T extends MoniteObjectType>({
  ref,
  onClick,
  children,
  ...allowedProps
}: AllowedPrimaryButtonProps<T>) {
  return (
    <Allowed {...allowedProps}>
      {({ allowed, pending }) =>
        allowed || pending ? (
          <Button ref={ref} variant="primary" disabled={pending} onClick={onClick}>
            {children}
          </Button>
        ) : null
      }
    </Allowed>
  )
}
