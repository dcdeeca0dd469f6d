import type { EntityUser } from '@monite-kit/client'
import { useEntityUsers, useEntityUsersInfinite } from '@monite-kit/react'
import { keepPreviousData } from '@tanstack/react-query'
import { useMemo } from 'react'

export const PICKER_PAGE_SIZE = 20

/**
 * Active entity users matching `term`, searched by Monite (not in the browser) and paged with
 * its cursor: `name__istartswith` (first name, last name or full name, ignoring case) one page
 * at a time, plus the user whose login is exactly `term` (`login`). Monite has no "contains"
 * filter for entity users, so that is the whole search.
 */
export function useUserSearch(term: string) {
  const q = term.trim()
  const byName = useEntityUsersInfinite(
    {
      status: 'active',
      limit: PICKER_PAGE_SIZE,
      sort: 'updated_at',
      order: 'desc',
      ...(q ? { name__istartswith: q } : {}),
    },
    { placeholderData: keepPreviousData },
  )
  const byLogin = useEntityUsers({ status: 'active', login: q, limit: 1 }, { enabled: q !== '' })

  const users = useMemo(() => {
    const seen = new Set<string>()
    const out: EntityUser[] = []
    const loginMatch = q ? (byLogin.data?.data ?? []) : []
    for (const user of [...loginMatch, ...(byName.data?.pages.flatMap((p) => p.data) ?? [])]) {
      if (seen.has(user.id)) continue
      seen.add(user.id)
      out.push(user)
    }
    return out
  }, [q, byLogin.data, byName.data])

  return {
    users,
    /** Nothing to show yet (first load only: later searches keep the previous list meanwhile). */
    isPending: byName.isPending,
    /** The shown list is for an older term while the new one loads. */
    isStale: byName.isPlaceholderData || (q !== '' && byLogin.isPending),
    error: byName.error ?? byLogin.error,
    refetch: () => Promise.all([byName.refetch(), q ? byLogin.refetch() : null]),
    hasNextPage: byName.hasNextPage,
    isFetchingNextPage: byName.isFetchingNextPage,
    fetchNextPage: () => byName.fetchNextPage(),
  }
}
