// Checks the declared-subset operations (SUBSET_OPS: counterparts and payables) of our document
// against Monite's published document with the rules in subset.ts: every parameter, field and
// response ours declares exists upstream with the same type, format, constraints and enum
// values; requests valid under ours are valid upstream; answers valid upstream are valid
// under ours. Differences on purpose are listed in deliberate.ts (checked for staleness by
// exact.test.ts, which judges the whole document).
import { beforeAll, describe, expect, test } from 'vitest'
import { compareDocuments, defaultOptions, judge, listOperations, type Verdict } from './compare'
import { EXACT_OPS, SUBSET_OPS } from './deliberate'
import { formatDifference } from './diff'
import {
  hasUpstream,
  loadOurs,
  loadUpstream,
  type OpenApiDocument,
  upstreamSkipReason,
  warnIfUpstreamMissing,
} from './documents'
import { asObj, Normalizer, type Obj } from './normalize'

warnIfUpstreamMissing()

const LISTS = ['GET /counterparts', 'GET /payables'] as const

/** The normalized view of one of our operations. */
function view(doc: OpenApiDocument, key: string): Obj {
  const entry = listOperations(doc).get(key)
  if (!entry) throw new Error(`${key} is not in the document`)
  return new Normalizer(doc, defaultOptions()).operation(entry.pathItem, entry.op)
}

describe('openapi/monite.yaml: the declared-subset operations', () => {
  const ours = loadOurs()

  test('are the counterparts and payables operations, none of them also described exactly', () => {
    expect(SUBSET_OPS.filter((op) => (EXACT_OPS as readonly string[]).includes(op))).toEqual([])
    expect(SUBSET_OPS.every((op) => /^\w+ \/(counterparts|payables)\b/.test(op))).toBe(true)
  })

  test.each(LISTS)('%s pages like the other lists (limit, pagination_token, sort, order)', (op) => {
    const query = asObj(asObj(view(ours, op).parameters).query)
    expect(Object.keys(query)).toEqual(
      expect.arrayContaining(['limit', 'pagination_token', 'sort', 'order']),
    )
    const page = asObj(
      asObj(asObj(asObj(asObj(view(ours, op).responses)['200']).content)['application/json'])
        .schema,
    )
    expect(Object.keys(asObj(page.properties)).sort()).toEqual([
      'data',
      'next_pagination_token',
      'prev_pagination_token',
    ])
    expect(page.required).toEqual(['data'])
  })

  test('GET /payables filters by status, counterpart, due date and creation time', () => {
    const query = Object.keys(asObj(asObj(view(ours, 'GET /payables').parameters).query))
    expect(query).toEqual(
      expect.arrayContaining([
        'status',
        'status__in',
        'counterpart_id',
        'due_date__gte',
        'due_date__lte',
        'created_at__gte',
        'created_at__lte',
      ]),
    )
  })
})

describe.skipIf(!hasUpstream)('declared subset of Monite’s published document', () => {
  let upstream: OpenApiDocument
  let verdict: Verdict
  beforeAll(() => {
    upstream = loadUpstream()
    verdict = judge(compareDocuments(loadOurs(), upstream))
  })

  test.each(SUBSET_OPS)('%s is a declared subset of upstream', (op) => {
    expect(verdict.unexplained.filter((d) => d.where === op).map(formatDifference)).toEqual([])
  })

  test.each(SUBSET_OPS)('%s declares every status upstream declares', (op) => {
    const ourStatuses = Object.keys(asObj(view(loadOurs(), op).responses))
    const upStatuses = Object.keys(asObj(view(upstream, op).responses))
    expect(upStatuses.filter((s) => !ourStatuses.includes(s))).toEqual([])
  })

  test('the payable status enum is upstream’s, values and order', () => {
    const statusOf = (doc: OpenApiDocument) =>
      asObj(
        asObj(
          asObj(asObj(asObj(asObj(view(doc, 'GET /payables').parameters).query).status).schema),
        ),
      ).enum
    expect(statusOf(loadOurs())).toEqual(statusOf(upstream))
    expect(statusOf(loadOurs())).toContain('waiting_to_be_paid')
  })
})

if (!hasUpstream) {
  test.skip(`declared-subset conformance tests skipped: ${upstreamSkipReason}`, () => {})
}
