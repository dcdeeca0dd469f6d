import type { ReactNode } from 'react'
import { Button } from '../ui'

/** The card footer of an infinite list: a status line, then "Load more" while there is a next page. */
export function ListFooter({
  query,
  children,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }
  children: ReactNode
}) {
  return (
    <div className="ui-card__footer">
      {children}
      {query.hasNextPage ? (
        <Button size="sm" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
          Load more
        </Button>
      ) : null}
    </div>
  )
}
