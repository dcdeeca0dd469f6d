// The "declared subset" comparison, for operations that our document describes in part
// (SUBSET_OPS in deliberate.ts). Both sides are normalized views (normalize.ts). The rules:
//
// - Operation: operationId, deprecated and security are equal.
// - Parameters: every parameter of ours exists upstream (same name and `in`), with the same
//   `required`, style and explode, and a schema that obeys the request rules below; every
//   parameter upstream requires is declared by ours.
// - Request body: present in ours when upstream requires one, required in ours when upstream
//   requires it, media types ours ⊆ upstream's, same schema name, schema obeys the request rules.
// - Responses: ours declares every status upstream declares (extra ones are reported as
//   `extra-response`, to be listed in DELIBERATE), with the same media types and schema name
//   (error answers by shape only, with `errorSchemasByShape`), and schemas that obey the response
//   rules.
// - Schemas, both ways: every keyword but the structural ones (`properties`, `required`,
//   `additionalProperties`, `items`, `anyOf`, `oneOf`) is equal: type, format, nullable, enum
//   (values and order), const, min/max, pattern, default, discriminator. Each property ours
//   declares exists upstream and obeys the same rules, recursively.
//   - Request (anything valid under ours is valid upstream): ours `required` ⊇ upstream's and
//     ⊆ the properties ours declares; ours forbids additional properties where upstream does,
//     and wherever ours leaves out a property upstream declares; union variants ours ⊆
//     upstream's.
//   - Response (anything valid upstream is valid under ours): ours `required` ⊆ upstream's;
//     ours never says `additionalProperties: false`; ours has every union variant upstream has.
import { type Difference, diffValues } from './diff'
import {
  asArr,
  asObj,
  type CompareOptions,
  escapePointer,
  isObj,
  NAME_KEY,
  type Obj,
} from './normalize'

type Direction = 'request' | 'response'

/** Keywords whose members are compared by the subset rules rather than for equality. */
const STRUCTURAL = new Set([
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'oneOf',
])

const problem = (
  where: string,
  pointer: string,
  message: string,
  values: { ours?: unknown; upstream?: unknown },
): Difference => ({ kind: 'mismatch', where, pointer, message, ...values })

/** Compares one schema of ours with upstream's under the rules of `direction`. */
export function compareSubsetSchema(
  where: string,
  pointer: string,
  ours: unknown,
  upstream: unknown,
  direction: Direction,
  out: Difference[],
): void {
  if (!isObj(ours) || !isObj(upstream)) {
    diffValues(where, pointer, ours, upstream, out)
    return
  }
  const at = (key: string) => `${pointer}/${escapePointer(key)}`

  // Every non-structural keyword: equal on both sides (or absent on both).
  const keys = new Set([...Object.keys(ours), ...Object.keys(upstream)])
  for (const key of [...keys].sort()) {
    if (key === NAME_KEY || STRUCTURAL.has(key)) continue
    diffValues(where, at(key), ours[key], upstream[key], out)
  }

  // Properties: ours ⊆ upstream's, each compared recursively.
  const ourProps = asObj(ours.properties)
  const upProps = asObj(upstream.properties)
  for (const [name, schema] of Object.entries(ourProps)) {
    const p = `${at('properties')}/${escapePointer(name)}`
    if (!(name in upProps)) {
      out.push(problem(where, p, 'property declared only by ours', { ours: schema }))
    } else {
      compareSubsetSchema(where, p, schema, upProps[name], direction, out)
    }
  }
  const omitted = Object.keys(upProps).filter((name) => !(name in ourProps))

  // Required.
  const ourRequired = asArr(ours.required).map(String)
  const upRequired = asArr(upstream.required).map(String)
  if (direction === 'request') {
    const missing = upRequired.filter((r) => !ourRequired.includes(r))
    if (missing.length > 0) {
      out.push(
        problem(where, at('required'), `required upstream, not by ours: ${missing.join(', ')}`, {
          ours: ourRequired,
          upstream: upRequired,
        }),
      )
    }
    const undeclared = ourRequired.filter((r) => !(r in ourProps))
    if (undeclared.length > 0) {
      out.push(
        problem(
          where,
          at('required'),
          `required by ours but not declared: ${undeclared.join(', ')}`,
          {
            ours: ourRequired,
          },
        ),
      )
    }
  } else {
    const extra = ourRequired.filter((r) => !upRequired.includes(r))
    if (extra.length > 0) {
      out.push(
        problem(where, at('required'), `required by ours, optional upstream: ${extra.join(', ')}`, {
          ours: ourRequired,
          upstream: upRequired,
        }),
      )
    }
  }

  // Additional properties.
  const ourExtra = ours.additionalProperties
  const upExtra = upstream.additionalProperties
  const p = at('additionalProperties')
  if (direction === 'request') {
    if (ourExtra !== false) {
      if (upExtra === false) {
        out.push(
          problem(where, p, 'upstream forbids additional properties, ours does not', {
            ours: ourExtra,
            upstream: upExtra,
          }),
        )
      } else if (omitted.length > 0) {
        out.push(
          problem(
            where,
            p,
            `ours leaves out upstream properties (${omitted.join(', ')}) without forbidding additional ones, so it accepts values of any type for them`,
            { ours: ourExtra },
          ),
        )
      } else if (ourExtra !== undefined || upExtra !== undefined) {
        compareSubsetSchema(where, p, ourExtra, upExtra, direction, out)
      }
    }
  } else if (ourExtra === false) {
    out.push(
      problem(where, p, 'ours forbids additional properties, which answers do have', {
        ours: ourExtra,
      }),
    )
  } else if (ourExtra !== undefined) {
    compareSubsetSchema(where, p, ourExtra, upExtra, direction, out)
  }

  // Items.
  if (ours.items !== undefined || upstream.items !== undefined) {
    compareSubsetSchema(where, at('items'), ours.items, upstream.items, direction, out)
  }

  // Unions (branches keyed by schema name by the normalizer).
  for (const kind of ['anyOf', 'oneOf'] as const) {
    if (ours[kind] === undefined && upstream[kind] === undefined) continue
    const ourBranches = asObj(ours[kind])
    const upBranches = asObj(upstream[kind])
    for (const [name, branch] of Object.entries(ourBranches)) {
      const b = `${at(kind)}/${escapePointer(name)}`
      if (name in upBranches) {
        compareSubsetSchema(where, b, branch, upBranches[name], direction, out)
      } else {
        out.push(problem(where, b, `${kind} variant declared only by ours`, { ours: branch }))
      }
    }
    if (direction === 'response') {
      for (const [name, branch] of Object.entries(upBranches)) {
        if (name in ourBranches) continue
        const b = `${at(kind)}/${escapePointer(name)}`
        out.push(problem(where, b, `${kind} variant declared only upstream`, { upstream: branch }))
      }
    }
  }
}

function compareContent(
  where: string,
  pointer: string,
  ours: Obj,
  upstream: Obj,
  direction: Direction,
  compareNames: boolean,
  out: Difference[],
) {
  for (const mediaType of new Set([...Object.keys(ours), ...Object.keys(upstream)])) {
    const p = `${pointer}/${escapePointer(mediaType)}`
    const o = ours[mediaType]
    const u = upstream[mediaType]
    if (!isObj(u)) {
      out.push(problem(where, p, 'media type declared only by ours', { ours: o }))
      continue
    }
    if (!isObj(o)) {
      // A request body may offer fewer media types; an answer may come in any of upstream's.
      if (direction === 'response') {
        out.push(problem(where, p, 'media type declared only upstream', { upstream: u }))
      }
      continue
    }
    if (compareNames) diffValues(where, `${p}/schemaName`, o.schemaName, u.schemaName, out)
    compareSubsetSchema(where, `${p}/schema`, o.schema, u.schema, direction, out)
  }
}

/** Compares the normalized views of one declared-subset operation; pushes the differences. */
export function compareSubsetOperation(
  where: string,
  ours: Obj,
  upstream: Obj,
  options: CompareOptions,
  out: Difference[],
): void {
  for (const key of ['operationId', 'deprecated', 'security']) {
    diffValues(where, `/${key}`, ours[key], upstream[key], out)
  }

  // Parameters.
  const ourParams = asObj(ours.parameters)
  const upParams = asObj(upstream.parameters)
  for (const location of new Set([...Object.keys(ourParams), ...Object.keys(upParams)])) {
    const mine = asObj(ourParams[location])
    const theirs = asObj(upParams[location])
    for (const [name, param] of Object.entries(mine)) {
      const p = `/parameters/${escapePointer(location)}/${escapePointer(name)}`
      const up = theirs[name]
      if (!isObj(up)) {
        out.push(problem(where, p, 'parameter declared only by ours', { ours: param }))
        continue
      }
      const { schema, ...rest } = asObj(param)
      const { schema: upSchema, ...upRest } = up
      diffValues(where, p, rest, upRest, out)
      compareSubsetSchema(where, `${p}/schema`, schema, upSchema, 'request', out)
    }
    for (const [name, up] of Object.entries(theirs)) {
      if (name in mine || asObj(up).required !== true) continue
      const p = `/parameters/${escapePointer(location)}/${escapePointer(name)}`
      out.push(problem(where, p, 'parameter required upstream, missing in ours', { upstream: up }))
    }
  }

  // Request body.
  const ourBody = ours.requestBody
  const upBody = upstream.requestBody
  if (isObj(ourBody) && !isObj(upBody)) {
    out.push(
      problem(where, '/requestBody', 'request body declared only by ours', { ours: ourBody }),
    )
  } else if (isObj(upBody) && !isObj(ourBody)) {
    if (upBody.required === true) {
      out.push(
        problem(where, '/requestBody', 'upstream requires a request body, ours declares none', {
          upstream: upBody,
        }),
      )
    }
  } else if (isObj(ourBody) && isObj(upBody)) {
    if (upBody.required === true && ourBody.required !== true) {
      out.push(
        problem(where, '/requestBody/required', 'upstream requires the body, ours does not', {
          ours: ourBody.required,
          upstream: upBody.required,
        }),
      )
    }
    const content = [asObj(ourBody.content), asObj(upBody.content)] as const
    compareContent(where, '/requestBody/content', ...content, 'request', true, out)
  }

  // Responses.
  const ourResponses = asObj(ours.responses)
  const upResponses = asObj(upstream.responses)
  for (const status of new Set([...Object.keys(ourResponses), ...Object.keys(upResponses)])) {
    const p = `/responses/${escapePointer(status)}`
    const o = ourResponses[status]
    const u = upResponses[status]
    if (!isObj(u)) {
      out.push({
        kind: 'extra-response',
        where,
        pointer: p,
        message: 'response declared only by ours',
        ours: o,
      })
      continue
    }
    if (!isObj(o)) {
      out.push(problem(where, p, 'response declared only upstream', { upstream: u }))
      continue
    }
    const ourHeaders = asObj(o.headers)
    const upHeaders = asObj(u.headers)
    for (const header of new Set([...Object.keys(ourHeaders), ...Object.keys(upHeaders)])) {
      const h = `${p}/headers/${escapePointer(header)}`
      if (!(header in upHeaders)) {
        out.push({
          kind: 'extra-response-header',
          where,
          pointer: h,
          message: 'header declared only by ours',
          ours: ourHeaders[header],
        })
      } else {
        diffValues(where, h, ourHeaders[header], upHeaders[header], out)
      }
    }
    const compareNames = !options.errorSchemasByShape || /^2/.test(status)
    const content = [asObj(o.content), asObj(u.content)] as const
    compareContent(where, `${p}/content`, ...content, 'response', compareNames, out)
  }
}
