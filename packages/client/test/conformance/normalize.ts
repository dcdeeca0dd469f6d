// Normalization of OpenAPI documents, so that ours and Monite's can be compared: $refs are
// inlined, allOf is merged, `anyOf`/`oneOf` with a `null` branch (or `type: [X, 'null']`)
// become `nullable: true`, the remaining union branches are keyed by schema name (so their
// order does not matter), `const` becomes a one-value `enum` and `required` is sorted.
import type { OpenApiDocument } from '../upstream'

export type Obj = Record<string, unknown>
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
export const asObj = (v: unknown): Obj => (isObj(v) ? v : {})
export const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
export const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~')
export const METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const
export const ANNOTATIONS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  '$comment',
])
/** Keys in the normalized form that only help to key union branches; never compared. */
export const NAME_KEY = '$name'

/**
 * Normalizations the comparison may apply. The last one only matters for declared-subset
 * operations (see subset.ts): error answers are compared by shape, not by schema name.
 */
export type NormalizationFlag =
  | 'ignoreAnnotations'
  | 'applyParameterDefaults'
  | 'effectiveSecurity'
  | 'errorSchemasByShape'

export interface CompareOptions extends Record<NormalizationFlag, boolean> {
  /** Base names whose upstream `-Input`/`-Output` variants count as the same schema. */
  mergedNames: ReadonlySet<string>
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (isObj(value)) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

export const stripName = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripName)
  if (!isObj(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== NAME_KEY)
      .map(([k, v]) => [k, stripName(v)]),
  )
}
export const sameValue = (a: unknown, b: unknown) =>
  stableJson(stripName(a)) === stableJson(stripName(b))

export class Normalizer {
  private readonly refStack: string[] = []

  constructor(
    readonly doc: OpenApiDocument,
    private readonly options: CompareOptions,
  ) {}

  lookup(ref: string): unknown {
    if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`)
    let node: unknown = this.doc
    for (const part of ref.slice(2).split('/')) node = asObj(node)[unescapePointer(part)]
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`)
    return node
  }

  /** Follows `$ref`s of non-schema objects (parameters, responses, headers, bodies). */
  deref(value: unknown): Obj {
    let node = value
    for (let i = 0; isObj(node) && typeof node.$ref === 'string'; i++) {
      if (i > 20) throw new Error(`$ref loop at ${String(node.$ref)}`)
      node = this.lookup(node.$ref)
    }
    return asObj(node)
  }

  schemaName(ref: string): string {
    const name = unescapePointer(ref.split('/').pop() ?? ref)
    const base = name.replace(/-(Input|Output)$/, '')
    return base !== name && this.options.mergedNames.has(base) ? base : name
  }

  private dropAnnotation(key: string) {
    return this.options.ignoreAnnotations && ANNOTATIONS.has(key)
  }

  /** Normalizes a schema (see the top of this file). */
  schema(input: unknown): unknown {
    if (!isObj(input)) return input
    if (typeof input.$ref === 'string') {
      const ref = input.$ref
      const name = this.schemaName(ref)
      if (this.refStack.includes(ref)) return { $recursive: name }
      this.refStack.push(ref)
      const target = this.schema(this.lookup(ref))
      this.refStack.pop()
      const { $ref: _ref, ...siblings } = input
      const extra = asObj(this.schema(siblings))
      return { ...asObj(target), ...extra, [NAME_KEY]: name }
    }

    const out: Obj = {}
    for (const [key, value] of Object.entries(input)) {
      if (this.dropAnnotation(key)) continue
      switch (key) {
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
          break // below
        case 'properties':
        case 'patternProperties':
        case 'dependentSchemas':
        case '$defs':
          out[key] = Object.fromEntries(
            Object.entries(asObj(value)).map(([k, v]) => [k, this.schema(v)]),
          )
          break
        case 'prefixItems':
          out[key] = asArr(value).map((v) => this.schema(v))
          break
        case 'items':
        case 'additionalProperties':
        case 'unevaluatedProperties':
        case 'not':
        case 'contains':
        case 'propertyNames':
        case 'if':
        case 'then':
        case 'else':
          out[key] = this.schema(value)
          break
        case 'discriminator': {
          const d = asObj(value)
          out[key] = {
            propertyName: d.propertyName,
            mapping: Object.fromEntries(
              Object.entries(asObj(d.mapping)).map(([k, v]) => [k, this.schemaName(String(v))]),
            ),
          }
          break
        }
        case 'const':
          out.enum = [value]
          break
        case 'required':
          out[key] = [...asArr(value)].map(String).sort()
          break
        case 'type':
          if (Array.isArray(value)) {
            const types = value.filter((t) => t !== 'null').map(String)
            if (types.length < value.length) out.nullable = true
            if (types.length > 0) out.type = types.length === 1 ? types[0] : types.sort()
          } else {
            out.type = value
          }
          break
        case 'nullable': // OpenAPI 3.0 spelling
          if (value === true) out.nullable = true
          break
        default:
          out[key] = value
      }
    }
    if (Array.isArray(out.enum) && out.enum.includes(null)) {
      out.enum = out.enum.filter((v) => v !== null)
      out.nullable = true
    }

    for (const part of asArr(input.allOf)) this.mergeAllOf(out, asObj(this.schema(part)))

    for (const kind of ['anyOf', 'oneOf'] as const) {
      if (!Array.isArray(input[kind])) continue
      let branches = input[kind].map((b) => asObj(this.schema(b)))
      const nonNull = branches.filter((b) => !(b.type === 'null' && Object.keys(b).length <= 2))
      if (nonNull.length < branches.length) out.nullable = true
      branches = nonNull
      if (branches.length === 1 && out.discriminator === undefined) {
        const [only] = branches
        for (const [k, v] of Object.entries(only ?? {})) {
          if (!(k in out)) out[k] = v
          else if (k !== NAME_KEY && !sameValue(out[k], v)) out[`${kind}.${k}`] = v
        }
      } else if (branches.length > 0) {
        out[kind] = this.keyBranches(branches, asObj(out.discriminator))
      }
    }
    return out
  }

  private mergeAllOf(out: Obj, part: Obj) {
    for (const [k, v] of Object.entries(part)) {
      if (k === NAME_KEY) continue
      if (k === 'properties') {
        const props = asObj(out.properties)
        for (const [pk, pv] of Object.entries(asObj(v))) {
          props[pk] = pk in props && !sameValue(props[pk], pv) ? { allOf: [props[pk], pv] } : pv
        }
        out.properties = props
      } else if (k === 'required') {
        out.required = [...new Set([...asArr(out.required), ...asArr(v)].map(String))].sort()
      } else if (!(k in out)) {
        out[k] = v
      } else if (!sameValue(out[k], v)) {
        out.allOf = [...asArr(out.allOf), { [k]: v }]
      }
    }
  }

  /** Union branches keyed by schema name, discriminator value or type, so order is irrelevant. */
  private keyBranches(branches: Obj[], discriminator: Obj): Obj {
    const keyed: Obj = {}
    branches.forEach((b, i) => {
      let key: string | undefined
      if (typeof b[NAME_KEY] === 'string') key = b[NAME_KEY]
      const prop = asObj(asObj(b.properties)[String(discriminator.propertyName)])
      if (!key && Array.isArray(prop.enum) && prop.enum.length === 1) key = String(prop.enum[0])
      if (!key && b.type !== undefined) key = `type:${String(b.type)}:${String(b.format ?? '')}`
      key ??= `branch${i}`
      if (key in keyed) key = `${key}#${i}`
      keyed[key] = b
    })
    return keyed
  }

  // ---------------------------------------------------------------- operations

  private annotations(source: Obj, out: Obj) {
    if (this.options.ignoreAnnotations) return out
    for (const key of ANNOTATIONS) if (source[key] !== undefined) out[key] = source[key]
    return out
  }

  private content(content: unknown): Obj {
    return Object.fromEntries(
      Object.entries(asObj(content)).map(([mediaType, media]) => {
        const schema = asObj(media).schema
        const view: Obj = { schema: this.schema(schema) }
        // The component name matters too: it names the generated type.
        const ref = asObj(schema).$ref
        if (typeof ref === 'string') view.schemaName = this.schemaName(ref)
        return [mediaType, view]
      }),
    )
  }

  parameter(input: unknown): [where: string, name: string, view: Obj] {
    const p = this.deref(input)
    const where = String(p.in)
    const name = where === 'header' ? String(p.name).toLowerCase() : String(p.name)
    const out: Obj = { required: p.required === true }
    if (p.deprecated === true) out.deprecated = true
    if (p.allowEmptyValue !== undefined) out.allowEmptyValue = p.allowEmptyValue
    if (p.allowReserved !== undefined) out.allowReserved = p.allowReserved
    let style = p.style
    let explode = p.explode
    if (this.options.applyParameterDefaults && p.content === undefined) {
      style ??= where === 'query' || where === 'cookie' ? 'form' : 'simple'
      explode ??= style === 'form'
    }
    if (style !== undefined) out.style = style
    if (explode !== undefined) out.explode = explode
    if (p.schema !== undefined) out.schema = this.schema(p.schema)
    if (p.content !== undefined) out.content = this.content(p.content)
    return [where, name, this.annotations(p, out)]
  }

  private headers(headers: unknown): Obj {
    return Object.fromEntries(
      Object.entries(asObj(headers)).map(([name, h]) => {
        const header = this.deref(h)
        const out: Obj = { required: header.required === true }
        if (header.deprecated === true) out.deprecated = true
        if (header.schema !== undefined) out.schema = this.schema(header.schema)
        if (header.content !== undefined) out.content = this.content(header.content)
        return [name.toLowerCase(), this.annotations(header, out)]
      }),
    )
  }

  private security(op: Obj): unknown {
    const raw = this.options.effectiveSecurity
      ? (op.security ?? this.doc.security ?? [])
      : op.security
    if (raw === undefined) return undefined
    return asArr(raw)
      .map((req) =>
        Object.fromEntries(
          Object.entries(asObj(req))
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, scopes]) => [k, [...asArr(scopes)].map(String).sort()]),
        ),
      )
      .sort((a, b) => stableJson(a).localeCompare(stableJson(b)))
  }

  /** The comparable view of one operation. */
  operation(pathItem: Obj, op: Obj): Obj {
    const out: Obj = { operationId: op.operationId, deprecated: op.deprecated === true }
    const security = this.security(op)
    if (security !== undefined) out.security = security
    const parameters: Record<string, Obj> = { path: {}, query: {}, header: {}, cookie: {} }
    for (const p of [...asArr(pathItem.parameters), ...asArr(op.parameters)]) {
      const [where, name, view] = this.parameter(p)
      parameters[where] = { ...parameters[where], [name]: view }
    }
    out.parameters = parameters
    if (op.requestBody !== undefined) {
      const body = this.deref(op.requestBody)
      out.requestBody = this.annotations(body, {
        required: body.required === true,
        content: this.content(body.content),
      })
    }
    out.responses = Object.fromEntries(
      Object.entries(asObj(op.responses)).map(([status, r]) => {
        const response = this.deref(r)
        const view: Obj = {
          content: this.content(response.content),
          headers: this.headers(response.headers),
        }
        return [status, this.annotations(response, view)]
      }),
    )
    return this.annotations(op, out)
  }
}
