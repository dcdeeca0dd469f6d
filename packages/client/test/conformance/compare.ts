// Comparison of our document with Monite's: every difference, then the verdict on them given
// the deliberate differences listed in deliberate.ts.
import type { OpenApiDocument } from '../upstream'
import { DELIBERATE, type Deliberate, SUBSET_OPS } from './deliberate'
import { type Difference, diffValues } from './diff'
import {
  ANNOTATIONS,
  asObj,
  type CompareOptions,
  escapePointer,
  isObj,
  METHODS,
  Normalizer,
  type Obj,
  unescapePointer,
} from './normalize'
import { compareSubsetOperation } from './subset'

export const defaultOptions = (): CompareOptions => ({
  ignoreAnnotations: true,
  applyParameterDefaults: true,
  effectiveSecurity: true,
  errorSchemasByShape: true,
  mergedNames: new Set(Object.keys(DELIBERATE.mergedSchemaNames)),
})

export function listOperations(doc: OpenApiDocument) {
  const ops = new Map<string, { path: string; pathItem: Obj; op: Obj }>()
  for (const [path, pathItem] of Object.entries(asObj(doc.paths))) {
    for (const method of METHODS) {
      const op = asObj(pathItem)[method]
      if (isObj(op))
        ops.set(`${method.toUpperCase()} ${path}`, { path, pathItem: asObj(pathItem), op })
    }
  }
  return ops
}

/** Compares our document with Monite's; returns every difference, deliberate or not. */
export function compareDocuments(
  ours: OpenApiDocument,
  upstream: OpenApiDocument,
  options: CompareOptions = defaultOptions(),
): Difference[] {
  const nOurs = new Normalizer(ours, options)
  const nUp = new Normalizer(upstream, options)
  const diffs: Difference[] = []
  const ourOps = listOperations(ours)
  const upOps = listOperations(upstream)
  const subsetOps = new Set<string>(SUBSET_OPS)
  // Schemas that only declared-subset operations use are checked through those operations.
  const exactSchemas = reachableSchemas(
    ours,
    [...ourOps].filter(([key]) => !subsetOps.has(key)).map(([, o]) => o.op),
  )

  for (const [key, o] of ourOps) {
    const u = upOps.get(key)
    if (!u) {
      diffs.push({ kind: 'extra-operation', where: key, pointer: '', message: 'not in upstream' })
      continue
    }
    const raw: Difference[] = []
    const views = [nOurs.operation(o.pathItem, o.op), nUp.operation(u.pathItem, u.op)] as const
    if (subsetOps.has(key)) compareSubsetOperation(key, ...views, options, raw)
    else diffValues(key, '', ...views, raw)
    for (const d of raw) {
      const onlyOurs = 'ours' in d && !('upstream' in d)
      if (onlyOurs && /^\/responses\/[^/]+$/.test(d.pointer)) d.kind = 'extra-response'
      if (onlyOurs && /^\/responses\/[^/]+\/headers\/[^/]+$/.test(d.pointer)) {
        d.kind = 'extra-response-header'
      }
      diffs.push(d)
    }
  }
  const ourPaths = new Set([...ourOps.values()].map((o) => o.path))
  for (const [key, u] of upOps) {
    if (ourPaths.has(u.path) && !ourOps.has(key)) {
      diffs.push({
        kind: 'uncovered-operation',
        where: key,
        pointer: '',
        message: 'upstream declares this operation on a path we describe; ours does not',
      })
    }
  }

  const upSchemas = asObj(asObj(upstream.components).schemas)
  for (const name of Object.keys(asObj(asObj(ours.components).schemas))) {
    const candidates = options.mergedNames.has(name)
      ? [`${name}-Input`, `${name}-Output`].filter((n) => n in upSchemas)
      : [name].filter((n) => n in upSchemas)
    if (candidates.length === 0) {
      diffs.push({
        kind: 'extra-schema-name',
        where: `components/schemas/${name}`,
        pointer: '',
        message: 'no schema of this name upstream',
      })
    }
    if (!exactSchemas.has(name)) continue
    for (const candidate of candidates) {
      diffValues(
        `components/schemas/${name} (vs upstream ${candidate})`,
        '',
        nOurs.schema({ $ref: `#/components/schemas/${escapePointer(name)}` }),
        nUp.schema({ $ref: `#/components/schemas/${escapePointer(candidate)}` }),
        diffs,
      )
    }
  }

  const upSchemes = asObj(asObj(upstream.components).securitySchemes)
  for (const [name, scheme] of Object.entries(asObj(asObj(ours.components).securitySchemes))) {
    const strip = (s: unknown) =>
      Object.fromEntries(
        Object.entries(asObj(s)).filter(
          ([k]) => !(options.ignoreAnnotations && ANNOTATIONS.has(k)),
        ),
      )
    diffValues(
      `components/securitySchemes/${name}`,
      '',
      strip(scheme),
      name in upSchemes ? strip(upSchemes[name]) : undefined,
      diffs,
    )
  }
  return diffs
}

/** The component schema names that `roots` reach through `$ref`s, directly or not. */
function reachableSchemas(doc: OpenApiDocument, roots: readonly unknown[]): Set<string> {
  const names = new Set<string>()
  const seenRefs = new Set<string>()
  const lookup = new Normalizer(doc, defaultOptions())
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const v of node) visit(v)
    if (!isObj(node)) return
    if (typeof node.$ref === 'string' && !seenRefs.has(node.$ref)) {
      seenRefs.add(node.$ref)
      const m = /^#\/components\/schemas\/(.+)$/.exec(node.$ref)
      if (m?.[1]) names.add(unescapePointer(m[1]))
      visit(lookup.lookup(node.$ref))
    }
    for (const v of Object.values(node)) visit(v)
  }
  visit(roots)
  return names
}

export interface Verdict {
  /** Differences that DELIBERATE does not explain: each one fails the test. */
  unexplained: Difference[]
  /** DELIBERATE entries that explain nothing any more: each one fails the test. */
  stale: string[]
}

export function judge(diffs: readonly Difference[], deliberate: Deliberate = DELIBERATE): Verdict {
  const expected = new Map<string, string>()
  for (const rule of deliberate.extraResponses) {
    for (const op of rule.ops) expected.set(`extra response ${rule.status} on ${op}`, rule.reason)
  }
  for (const [header, reason] of Object.entries(deliberate.extraResponseHeaders)) {
    expected.set(`extra response header ${header}`, reason)
  }
  for (const [op, reason] of Object.entries(deliberate.uncoveredOperations)) {
    expected.set(`uncovered operation ${op}`, reason)
  }
  for (const [name, reason] of Object.entries(deliberate.extraSchemaNames)) {
    expected.set(`extra schema name ${name}`, reason)
  }
  for (const rule of deliberate.subsetDifferences) {
    for (const op of rule.ops) {
      expected.set(`subset difference ${rule.pointer} on ${op}`, rule.reason)
    }
  }
  const used = new Set<string>()
  const unexplained: Difference[] = []
  for (const d of diffs) {
    const segments = d.pointer.split('/').map(unescapePointer)
    let id: string | undefined
    if (d.kind === 'extra-response') id = `extra response ${segments[2]} on ${d.where}`
    if (d.kind === 'extra-response-header') id = `extra response header ${segments[4]}`
    if (d.kind === 'uncovered-operation') id = `uncovered operation ${d.where}`
    if (d.kind === 'extra-schema-name') id = `extra schema name ${d.where.split('/').pop()}`
    if (d.kind === 'mismatch') id = `subset difference ${d.pointer} on ${d.where}`
    if (id !== undefined && expected.has(id)) used.add(id)
    else unexplained.push(d)
  }
  const stale = [...expected]
    .filter(([id]) => !used.has(id))
    .map(([id, reason]) => `${id} (listed because: ${reason})`)
  return { unexplained, stale }
}
