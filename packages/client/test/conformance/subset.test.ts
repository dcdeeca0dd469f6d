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

  // openapi-typescript types a property with a `default` as always present (defaultNonNullable):
  // in a request body the caller would have to send it, in an answer the type would promise a
  // field Monite may leave out. It types an object without properties as Record<string, never>
  // (nothing could be sent or read). The declared subset leaves such properties out.
  test('no optional property with a `default`, no object without properties', () => {
    const found: string[] = []
    const walk = (where: string, schema: unknown): void => {
      if (schema === undefined) return
      const s = asObj(schema)
      const required = (s.required as string[] | undefined) ?? []
      for (const [name, prop] of Object.entries(asObj(s.properties))) {
        const p = asObj(prop)
        if ('default' in p && !required.includes(name)) found.push(`${where}.${name}: default`)
        if (p.type === 'object' && !p.properties && p.additionalProperties === undefined) {
          found.push(`${where}.${name}: object without properties`)
        }
        walk(`${where}.${name}`, prop)
      }
      walk(`${where}[]`, s.items)
      for (const kind of ['anyOf', 'oneOf']) {
        for (const [k, b] of Object.entries(asObj(s[kind]))) walk(`${where}|${k}`, b)
      }
    }
    for (const op of SUBSET_OPS) {
      const v = view(ours, op)
      const body = asObj(asObj(asObj(v.requestBody).content)['application/json']).schema
      walk(`${op} body`, body)
      for (const [status, r] of Object.entries(asObj(v.responses))) {
        walk(`${op} ${status}`, asObj(asObj(asObj(r).content)['application/json']).schema)
      }
    }
    expect(found).toEqual([])
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
