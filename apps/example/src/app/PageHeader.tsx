import { type ReactNode, useLayoutEffect, useRef } from 'react'

const TITLE_ID = 'main-heading'

/**
 * Whether the page title was the last element to get focus. Removing the focused title moves
 * focus to <body> with no `focusin` anywhere, so this stays true when, say, "Loading role…" is
 * replaced by the role's own title: the new title then takes focus over.
 */
let titleHasFocus = false
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    titleHasFocus = (event.target as Element | null)?.id === TITLE_ID
  })
}

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
  const ref = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    const active = document.activeElement
    if (titleHasFocus && (active === null || active === document.body)) ref.current?.focus()
  }, [])
  return (
    <header className="app-page-header">
      <div>
        <h1 id={TITLE_ID} tabIndex={-1} ref={ref}>
          {title}
        </h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="app-page-header__actions">{actions}</div> : null}
    </header>
  )
}
