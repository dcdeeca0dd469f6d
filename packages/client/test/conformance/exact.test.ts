// Checks the project's own OpenAPI document (openapi/monite.yaml) against Monite's published
// document for API version 2024-05-25, operation by operation. The operations described
// completely (EXACT_OPS) must match exactly; the declared-subset ones (SUBSET_OPS) follow the
// rules in subset.ts and are tested in subset.test.ts.
//
// Both documents are normalized the same way before they are compared: $refs are inlined,
// allOf is merged, `anyOf`/`oneOf` with a `null` branch (or `type: [X, 'null']`) become
// `nullable: true`, the remaining union branches are keyed by schema name (so their order does
// not matter), `const` becomes a one-value `enum` and `required` is sorted. Every other
// difference (types, formats, required sets, enum values and order, additionalProperties,
// min/max constraints, defaults, parameters, request bodies, responses and their headers,
// security, operationIds) is reported with the operation, a JSON pointer into the
// normalized operation, and both values.
//
// Differences that are on purpose are listed in DELIBERATE (deliberate.ts), each with its reason. The
// test fails on any difference that is not listed, and also on any listed entry that no longer
// matches a real difference, so the list stays true.
import { beforeAll, describe, expect, test } from 'vitest'
import { compareDocuments, defaultOptions, judge, listOperations, type Verdict } from './compare'
import { ALL_OPS, DELIBERATE, EXACT_OPS } from './deliberate'
import { type Difference, formatDifference } from './diff'
import {
  hasUpstream,
  loadOurs,
  loadUpstream,
  type OpenApiDocument,
  upstreamSkipReason,
  warnIfUpstreamMissing,
} from './documents'
import { asObj, type NormalizationFlag, Normalizer } from './normalize'

warnIfUpstreamMissing()

// ------------------------------------------------------------------------------------------
// Tests that need only our document.

describe('openapi/monite.yaml', () => {
  const ours = loadOurs()

  test('declares exactly the operations the kit wraps', () => {
    expect([...listOperations(ours).keys()].sort()).toEqual([...ALL_OPS].sort())
  })

  test('every response declares x-request-id and every 429 declares Retry-After', () => {
    const n = new Normalizer(ours, defaultOptions())
    const missing: string[] = []
    for (const [key, { op }] of listOperations(ours)) {
      for (const [status, r] of Object.entries(asObj(op.responses))) {
        const headers = Object.keys(asObj(n.deref(r).headers)).map((h) => h.toLowerCase())
        if (!headers.includes('x-request-id')) missing.push(`${key} ${status}: x-request-id`)
        if (status === '429' && !headers.includes('retry-after')) {
          missing.push(`${key} ${status}: Retry-After`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})

// ------------------------------------------------------------------------------------------
// Conformance with Monite's published document.

describe.skipIf(!hasUpstream)('conformance with Monite’s published document', () => {
  let ours: OpenApiDocument
  let upstream: OpenApiDocument
  let diffs: Difference[]
  let verdict: Verdict
  beforeAll(() => {
    ours = loadOurs()
    upstream = loadUpstream()
    diffs = compareDocuments(ours, upstream)
    verdict = judge(diffs)
    // MONITE_CONFORMANCE_REPORT=1 prints every difference found, deliberate or not.
    if (process.env.MONITE_CONFORMANCE_REPORT) console.info(diffs.map(formatDifference).join('\n'))
  })

  test(`our ${ALL_OPS.length} operations exist upstream with the same methods and paths`, () => {
    const upOps = listOperations(upstream)
    expect(ALL_OPS.filter((op) => !upOps.has(op))).toEqual([])
    expect(
      verdict.unexplained.filter((d) => d.kind === 'extra-operation').map(formatDifference),
    ).toEqual([])
    // Monite's operations on our paths that we leave out are all listed deliberately.
    expect(
      verdict.unexplained.filter((d) => d.kind === 'uncovered-operation').map(formatDifference),
    ).toEqual([])
  })

  test.each(EXACT_OPS)('%s matches upstream (apart from listed deliberate differences)', (op) => {
    expect(verdict.unexplained.filter((d) => d.where === op).map(formatDifference)).toEqual([])
  })

  test('component schemas and security schemes match upstream', () => {
    const problems = verdict.unexplained
      .filter((d) => d.where.startsWith('components/'))
      .map(formatDifference)
    expect(problems).toEqual([])
  })

  test('nothing else differs', () => {
    expect(verdict.unexplained.map(formatDifference)).toEqual([])
  })

  test('every listed deliberate difference still exists', () => {
    expect(verdict.stale).toEqual([])
  })

  test.each(Object.keys(DELIBERATE.mergedSchemaNames))(
    'merged schema name %s: upstream has its -Input and -Output variants, ours one schema',
    (name) => {
      const up = asObj(asObj(upstream.components).schemas)
      expect(Object.keys(asObj(asObj(ours.components).schemas))).toContain(name)
      expect(Object.keys(up).filter((n) => n.startsWith(name))).toEqual(
        expect.arrayContaining([`${name}-Input`, `${name}-Output`]),
      )
      expect(name in up).toBe(false)
    },
  )

  test.each(Object.keys(DELIBERATE.normalizations) as NormalizationFlag[])(
    'normalization %s still hides a real difference',
    (flag) => {
      const raw = judge(compareDocuments(ours, upstream, { ...defaultOptions(), [flag]: false }))
      expect(
        raw.unexplained.length,
        `${flag} is listed as needed (${DELIBERATE.normalizations[flag]}), but turning it off ` +
          'changes nothing: remove it from DELIBERATE.normalizations',
      ).toBeGreaterThan(verdict.unexplained.length)
    },
  )
})

if (!hasUpstream) {
  test.skip(`conformance tests skipped: ${upstreamSkipReason}`, () => {})
}
