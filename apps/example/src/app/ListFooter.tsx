import { type ReactNode, useRef } from 'react'
import { Button } from '../ui'

/**
 * The card footer of an infinite list: a status line, then "Load more" while there is a next
 * page. When the last page arrives the button goes away; focus then moves to the status line
 * instead of being lost.
 */
export function ListFooter({
  query,
  children,
  moreLabel = 'Load more',
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }
  children: ReactNode
  moreLabel?: string
}) {
  const statusRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const loadMore = async () => {
    await query.fetchNextPage()
    // After React has rendered the new page (and maybe removed the button).
    setTimeout(() => {
      if (!buttonRef.current?.isConnected) statusRef.current?.focus()
    })
  }
  return (
    <div className="ui-card__footer">
      <div ref={statusRef} tabIndex={-1}>
        {children}
      </div>
      {query.hasNextPage ? (
        <Button ref={buttonRef} size="sm" onClick={loadMore} loading={query.isFetchingNextPage}>
          {moreLabel}
        </Button>
      ) : null}
    </div>
  )
}
