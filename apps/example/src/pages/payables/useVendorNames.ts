import { useMemo } from 'react'
import { useReadAccess } from '../../app/useReadAccess'
import { monite } from '../../monite/hooks'
import type { Payable } from './payableActions'

/**
 * The names of the counterparts `payables` point at, read with one `GET /counterparts?id__in=…`
 * (generic hooks, cached under `/counterparts`). `null` when the viewer may not read
 * counterparts: the screen then shows no vendor column rather than raw ids.
 */
export function useVendorNames(payables: readonly Payable[]): ReadonlyMap<string, string> | null {
  const access = useReadAccess('counterpart')
  const ids = useMemo(
    () =>
      [...new Set(payables.flatMap((p) => (p.counterpart_id ? [p.counterpart_id] : [])))].sort(),
    [payables],
  )
  const readable = access === 'allowed' || access === 'own'
  const counterparts = monite.useQuery(
    'get',
    '/counterparts',
    { params: { query: { id__in: ids, limit: 100 } } },
    { enabled: readable && ids.length > 0 },
  )
  return useMemo(() => {
    if (!readable) return null
    const names = new Map<string, string>()
    for (const c of counterparts.data?.data ?? []) {
      names.set(
        c.id,
        'organization' in c && c.organization
          ? c.organization.legal_name
          : 'individual' in c && c.individual
            ? `${c.individual.first_name} ${c.individual.last_name}`
            : c.id,
      )
    }
    return names
  }, [readable, counterparts.data])
}
