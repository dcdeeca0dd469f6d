// Mutation tests of the conformance check: change a copy of our document in memory and expect
// the check to report the change where it was made.
import { expect } from 'vitest'
import { compareDocuments, judge } from './compare'
import { formatDifference } from './diff'
import { loadOurs, loadUpstream, type OpenApiDocument } from './documents'
import { asObj, type Obj } from './normalize'

export interface Mutation {
  name: string
  mutate(doc: OpenApiDocument): void
  /** An unexplained difference at this place, or (`stale`) a stale DELIBERATE entry. */
  expect: { where: string; pointer: string } | { stale: string }
}

/** The object at `path` in `doc`; throws when the path is gone (the mutation would be void). */
export const at = (doc: unknown, ...path: string[]): Obj => {
  let node = doc
  for (const key of path) {
    node = asObj(node)[key]
    if (node === undefined) throw new Error(`mutation target ${path.join('.')} is gone`)
  }
  return asObj(node)
}
export const schemaAt = (doc: OpenApiDocument, name: string, ...path: string[]) =>
  at(doc, 'components', 'schemas', name, ...path)
export const JSON_BODY = '/requestBody/content/application~1json/schema'
export const JSON_200 = '/responses/200/content/application~1json/schema'

/** Applies the mutation to a fresh copy of our document and expects the check to report it. */
export function expectReported({ mutate, expect: wanted }: Mutation): void {
  const doc = loadOurs()
  mutate(doc)
  const verdict = judge(compareDocuments(doc, loadUpstream()))
  if ('stale' in wanted) {
    expect(
      verdict.stale.some((s) => s.startsWith(wanted.stale)),
      verdict.stale.join('\n'),
    ).toBe(true)
    return
  }
  const found = verdict.unexplained.filter(
    (d) => d.where === wanted.where && d.pointer.startsWith(wanted.pointer),
  )
  expect(found.length, verdict.unexplained.map(formatDifference).join('\n')).toBeGreaterThan(0)
  expect(verdict.stale).toEqual([])
}

/** Applies the mutation to a fresh copy of our document and expects the check to accept it. */
export function expectAccepted(mutate: Mutation['mutate']): void {
  const doc = loadOurs()
  mutate(doc)
  const verdict = judge(compareDocuments(doc, loadUpstream()))
  expect(verdict.unexplained.map(formatDifference)).toEqual([])
  expect(verdict.stale).toEqual([])
}
