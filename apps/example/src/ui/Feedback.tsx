import type { ReactNode } from 'react'

export function Alert({
  tone = 'info',
  title,
  children,
  actions,
  role,
}: {
  tone?: 'info' | 'danger' | 'warning' | 'success'
  title?: ReactNode
  children?: ReactNode
  actions?: ReactNode
  role?: 'alert' | 'status'
}) {
  return (
    <div className={`ui-alert ui-alert--${tone}`} role={role}>
      <div className="ui-alert__body">
        {title ? <div className="ui-alert__title">{title}</div> : null}
        {children ? <div>{children}</div> : null}
        {actions ? <div className="ui-alert__actions">{actions}</div> : null}
      </div>
    </div>
  )
}

export function Badge({
  tone,
  dot,
  children,
}: {
  tone?: 'green' | 'red' | 'amber' | 'brand'
  dot?: boolean
  children: ReactNode
}) {
  const classes = ['ui-badge', tone ? `ui-badge--${tone}` : '', dot ? 'ui-badge--dot' : '']
  return <span className={classes.filter(Boolean).join(' ')}>{children}</span>
}

export function Skeleton({ width = '100%', height }: { width?: string | number; height?: number }) {
  return <span className="ui-skeleton" style={{ width, height }} aria-hidden="true" />
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: ReactNode
  children?: ReactNode
  action?: ReactNode
}) {
  return (
    <div className="ui-empty">
      <p className="ui-empty__title">{title}</p>
      {children ? <p>{children}</p> : null}
      {action ? <div style={{ marginTop: 'var(--space-4)' }}>{action}</div> : null}
    </div>
  )
}

export function Avatar({ name }: { name: string }) {
  const initials =
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join('') || '?'
  return (
    <span className="ui-avatar" aria-hidden="true">
      {initials}
    </span>
  )
}
