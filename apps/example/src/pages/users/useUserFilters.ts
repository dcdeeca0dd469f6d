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

export interface UserFilters {
  q: string
  status: Status | ''
  role: string
  /** What the address asked for that cannot be a filter (never sent to Monite). */
  problems: DroppedFilter[]
}

/** Why `role` cannot be a filter here, or null when it can. */
function roleProblem(role: string, roles: Pick<RoleDirectory, 'hidden' | 'complete' | 'names'>) {
  if (!UUID.test(role)) return 'not a role id'
  if (roles.hidden) return 'your role may not read roles'
  if (roles.complete && !roles.names.has(role)) return 'no role of this entity'
  return null
}

/**
 * The users filters from `?q=&status=&role=`: a status Monite knows, a role id that is a UUID
 * (and, once every role is known, one of them); anything else is listed in `problems` instead.
 */
export function parseUserFilters(
  params: URLSearchParams,
  roles: Pick<RoleDirectory, 'hidden' | 'complete' | 'names'>,
): UserFilters {
  const q = (params.get('q') ?? '').trim()
  // An empty value is no filter ("Any status"), as the app itself writes it.
  const rawStatus = params.get('status') || null
  const rawRole = params.get('role') || null
  const problems: DroppedFilter[] = []
  let status: Status | '' = ''
  if (rawStatus !== null) {
    if (STATUSES.includes(rawStatus as Status)) status = rawStatus as Status
    else problems.push({ name: 'status', value: rawStatus, reason: 'not a status' })
  }
  let role = ''
  if (rawRole !== null) {
    const reason = roleProblem(rawRole, roles)
    if (reason) problems.push({ name: 'role', value: rawRole, reason })
    else role = rawRole
  }
  return { q, status, role, problems }
}

/**
 * The users filters live in the URL, so reloads and shared links keep them. Values the page
 * cannot use (`?status=bogus`, `?role=xyz`) are never sent to Monite: they are removed from the
 * URL and listed in `dropped`, for a visible notice.
 */
export function useUserFilters(roles: RoleDirectory) {
  const [params, setParams] = useSearchParams()
  const { q, status, role, problems } = parseUserFilters(params, roles)

  const [dropped, setDropped] = useState<DroppedFilter[]>([])
  const problemKey = problems.map((p) => `${p.name}=${p.value}`).join('&')
  // biome-ignore lint/correctness/useExhaustiveDependencies: problemKey stands for problems
  useEffect(() => {
    if (!problemKey) return
    setDropped(problems)
    setParams(Object.fromEntries(problems.map((p) => [p.name, null])))
  }, [problemKey, setParams])

  const dismissDropped = useCallback(() => setDropped([]), [])
  return { q, status, role, dropped, dismissDropped, setParams }
}
