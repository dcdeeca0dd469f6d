import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withoutIds } from '../src/lib/errors'
import { parseUserFilters, STATUSES } from '../src/pages/users/useUserFilters'

/** A UUID standing on its own (not the tail of a longer hex-and-dash run). */
const UUID =
  /(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])/i
const roleIds = ['3f2a9c1e-8b7d-4e6f-a5b4-c3d2e1f0a9b8', '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d']
const known = { hidden: false, complete: true, names: new Map(roleIds.map((id) => [id, 'R'])) }

/** Any value a URL parameter can hold, with the interesting ones more likely. */
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...STATUSES, ...roleIds, '', ' active', 'ACTIVE', '<script>', '%00'),
  fc.uuid(),
)

describe('URL filters (property)', () => {
  it('apply only a known status and a known role id; everything else is reported, not sent', () => {
    fc.assert(
      fc.property(fc.option(anyValue), fc.option(anyValue), fc.option(anyValue), (q, s, r) => {
        const params = new URLSearchParams()
        if (q !== null) params.set('q', q)
        if (s !== null) params.set('status', s)
        if (r !== null) params.set('role', r)
        const parsed = parseUserFilters(params, known)
        expect(['', ...STATUSES]).toContain(parsed.status)
        expect(parsed.role === '' || roleIds.includes(parsed.role)).toBe(true)
        // A raw value is either applied or reported, never both, never silently lost.
        if (s !== null) {
          const reported = parsed.problems.some((p) => p.name === 'status' && p.value === s)
          expect(reported).toBe(parsed.status !== s)
        }
        if (r !== null) {
          const reported = parsed.problems.some((p) => p.name === 'role' && p.value === r)
          expect(reported).toBe(parsed.role !== r)
        }
        expect(parsed.q).toBe((q ?? '').trim())
      }),
      { numRuns: 500 },
    )
  })

  it('a role filter is dropped when roles are hidden, kept as a UUID while the list is partial', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const params = new URLSearchParams({ role: id })
        expect(parseUserFilters(params, { ...known, hidden: true }).role).toBe('')
        expect(parseUserFilters(params, { ...known, complete: false }).role).toBe(id)
      }),
    )
  })
})

describe('withoutIds (property)', () => {
  it('leaves no UUID in a message, wherever the ids were', () => {
    const part = fc.oneof(
      fc.string(),
      fc.constantFrom('(', ')', ' ', '_', 'request ', 'x', '-'),
      fc.uuid(),
      fc.uuid().map((u) => u.toUpperCase()),
    )
    fc.assert(
      fc.property(fc.array(part), (parts) => {
        expect(withoutIds(parts.join(''))).not.toMatch(UUID)
      }),
      { numRuns: 500 },
    )
  })
})
