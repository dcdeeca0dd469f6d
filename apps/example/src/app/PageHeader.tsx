import type { ReactNode } from 'react'

/** The page title is the focus target after navigation and after dialogs whose opener is gone. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
}) {
  return (
    <header className="app-page-header">
      <div>
        <h1 id="main-heading" tabIndex={-1}>
          {title}
        </h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="app-page-header__actions">{actions}</div> : null}
    </header>
  )
}
