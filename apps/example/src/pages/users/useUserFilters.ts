import { useCallback, useEffect, useState } from 'react'
import type { RoleDirectory } from '../../app/useRoleDirectory'
import { useSearchParams } from '../../lib/router'

export const STATUSES = ['active', 'deleted'] as const
export type Status = (typeof STATUSES)[number]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A filter from the address bar that was not applied, and why. */
export interface DroppedFilter {
  name: 'status' | 'role'
  value: string
  reason: string
}

/** Why `role` cannot be a filter here, or null when it can. */
function roleProblem(role: string, roles: RoleDirectory): string | null {
  if (!UUID.test(role)) return 'not a role id'
  if (roles.hidden) return 'your role may not read roles'
  if (roles.complete && !roles.names.has(role)) return 'no role of this entity'
  return null
}

/**
 * The users filters live in the URL (`?q=&status=&role=`), so reloads and shared links keep
 * them. Values the page cannot use (`?status=bogus`, `?role=xyz`) are never sent to Monite: they
 * are removed from the URL and listed in `dropped`, for a visible notice.
 */
export function useUserFilters(roles: RoleDirectory) {
  const [params, setParams] = useSearchParams()
  const q = (params.get('q') ?? '').trim()
  const rawStatus = params.get('status')
  const rawRole = params.get('role')

  const problems: DroppedFilter[] = []
  if (rawStatus !== null && !STATUSES.includes(rawStatus as Status)) {
    problems.push({ name: 'status', value: rawStatus, reason: 'not a status' })
  }
  const roleIssue = rawRole === null ? null : roleProblem(rawRole, roles)
  if (rawRole !== null && roleIssue) {
    problems.push({ name: 'role', value: rawRole, reason: roleIssue })
  }
  const status = rawStatus !== null && !problems.some((p) => p.name === 'status') ? rawStatus : ''
  const role = rawRole !== null && !roleIssue ? rawRole : ''

  const [dropped, setDropped] = useState<DroppedFilter[]>([])
  const problemKey = problems.map((p) => `${p.name}=${p.value}`).join('&')
  // biome-ignore lint/correctness/useExhaustiveDependencies: problemKey stands for problems
  useEffect(() => {
    if (!problemKey) return
    setDropped(problems)
    setParams(Object.fromEntries(problems.map((p) => [p.name, null])))
  }, [problemKey, setParams])

  const dismissDropped = useCallback(() => setDropped([]), [])
  return {
    q,
    status: status as Status | '',
    role,
    dropped,
    dismissDropped,
    setParams,
  }
}
