// Checks the project's own OpenAPI document (openapi/monite.yaml) against Monite's published
// document for API version 2024-05-25, operation by operation.
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
// Differences that are on purpose are listed in DELIBERATE below, each with its reason. The
// test fails on any difference that is not listed, and also on any listed entry that no longer
// matches a real difference, so the list stays true.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'
import {
  hasUpstream,
  loadUpstream,
  type OpenApiDocument,
  repoRoot,
  upstreamSkipReason,
  warnIfUpstreamMissing,
} from './upstream'

warnIfUpstreamMissing()

const oursPath = resolve(repoRoot, 'openapi/monite.yaml')
const loadOurs = (): OpenApiDocument => parseYaml(readFileSync(oursPath, 'utf8')) as OpenApiDocument

// ------------------------------------------------------------------------------------------
// The operations the kit wraps, and the differences from Monite's document that are on purpose.

const ALL_OPS = [
  'POST /auth/token',
  'POST /auth/revoke',
  'GET /entity_users',
  'POST /entity_users',
  'GET /entity_users/{entity_user_id}',
  'PATCH /entity_users/{entity_user_id}',
  'DELETE /entity_users/{entity_user_id}',
  'GET /entity_users/me',
  'PATCH /entity_users/me',
  'GET /entity_users/my_role',
  'GET /entity_users/my_entity',
  'GET /roles',
  'POST /roles',
  'GET /roles/{role_id}',
  'PATCH /roles/{role_id}',
  'DELETE /roles/{role_id}',
] as const
type OpKey = (typeof ALL_OPS)[number]

interface ExtraResponseRule {
  /** The status our document declares and Monite's does not. */
  status: string
  ops: readonly OpKey[]
  reason: string
}

interface Deliberate {
  /** Responses that only our document declares. */
  extraResponses: readonly ExtraResponseRule[]
  /** Response headers (lower case) that only our document declares, on any response. */
  extraResponseHeaders: Readonly<Record<string, string>>
  /** Operations of Monite's on the paths we describe that our document leaves out. */
  uncoveredOperations: Readonly<Record<string, string>>
  /** Component schema names that only our document has. */
  extraSchemaNames: Readonly<Record<string, string>>
  /** Our names for schemas that Monite's document splits into `<name>-Input` and `<name>-Output`. */
  mergedSchemaNames: Readonly<Record<string, string>>
  /** Normalizations the comparison applies; each must still hide at least one raw difference. */
  normalizations: Readonly<Record<NormalizationFlag, string>>
}

type NormalizationFlag = 'ignoreAnnotations' | 'applyParameterDefaults' | 'effectiveSecurity'

const AUTHENTICATED_OPS = ALL_OPS.filter((op) => op !== 'POST /auth/token')

const DELIBERATE: Deliberate = {
  extraResponses: [
    {
      status: '429',
      ops: ALL_OPS,
      reason:
        'Monite rate-limits every endpoint and answers 429 with Retry-After, which the client ' +
        'honours when retrying; Monite’s document declares 429 nowhere.',
    },
    {
      status: '401',
      ops: AUTHENTICATED_OPS.filter((op) => op !== 'GET /entity_users' && op !== 'GET /roles'),
      reason:
        'Every bearer-authenticated call answers 401 for a missing, expired or revoked token ' +
        '(the client refreshes and retries once); Monite declares 401 only on POST /auth/token, ' +
        'GET /entity_users and GET /roles.',
    },
    {
      status: '400',
      ops: ['POST /auth/token', 'POST /auth/revoke', 'GET /entity_users/my_role'],
      reason:
        'Monite answers 400 when x-monite-version is missing or unknown; its document leaves 400 ' +
        'out on these three operations only.',
    },
    {
      status: '403',
      ops: [
        'POST /entity_users',
        'GET /entity_users/{entity_user_id}',
        'PATCH /entity_users/{entity_user_id}',
        'DELETE /entity_users/{entity_user_id}',
        'POST /roles',
        'GET /roles/{role_id}',
        'PATCH /roles/{role_id}',
        'DELETE /roles/{role_id}',
      ],
      reason:
        'An entity-user token whose role lacks the permission gets 403 on entity-scoped ' +
        'operations; Monite declares 403 only on the two list operations.',
    },
    {
      status: '404',
      ops: [
        'GET /entity_users/{entity_user_id}',
        'PATCH /entity_users/{entity_user_id}',
        'DELETE /entity_users/{entity_user_id}',
        'GET /roles/{role_id}',
        'PATCH /roles/{role_id}',
        'GET /entity_users/me',
        'PATCH /entity_users/me',
        'GET /entity_users/my_role',
      ],
      reason:
        'An unknown id (or one of another entity) answers 404, and so do /me and /my_role when ' +
        'the token has no entity user; Monite declares 404 only on DELETE /roles/{role_id}.',
    },
    {
      status: '409',
      ops: ['POST /roles', 'PATCH /roles/{role_id}'],
      reason:
        'A duplicate role name answers 409; Monite declares 409 only on DELETE /roles/{role_id} ' +
        '(role still in use).',
    },
    {
      status: '409',
      ops: ['POST /entity_users', 'PATCH /entity_users/{entity_user_id}'],
      reason:
        'Logins are unique within the entity (Monite: "Usernames must be unique within the ' +
        'entity"); a duplicate login answers 409, which Monite does not declare.',
    },
  ],
  extraResponseHeaders: {
    'x-request-id':
      'Monite sends x-request-id on every response and support asks for it; its document ' +
      'declares no response headers.',
  },
  uncoveredOperations: {
    'PATCH /entity_users/my_entity':
      'Changing the entity itself is outside the kit’s scope (entity users, roles, auth); only ' +
      'reading the current user’s entity is wrapped.',
  },
  extraSchemaNames: {
    CommonObjectTypeEnum:
      'Monite writes this enum inline in CommonSchema.object_type; we name it so the client can ' +
      'reuse it (same values, same order).',
  },
  mergedSchemaNames: {
    BizObjectsSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
    CommonSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
    PayableSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
    RootSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
  },
  normalizations: {
    ignoreAnnotations:
      'Wording: descriptions, summaries, titles and examples are written by monite-kit, not ' +
      'copied from Monite.',
    applyParameterDefaults:
      'Our array query parameters say `style: form, explode: true` explicitly; these are the ' +
      'OpenAPI defaults that Monite leaves implicit.',
    effectiveSecurity:
      'POST /auth/token says `security: []` explicitly; Monite omits `security` there and has ' +
      'no global security, which means the same: no bearer token.',
  },
}

// ------------------------------------------------------------------------------------------
// Normalization.

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const asObj = (v: unknown): Obj => (isObj(v) ? v : {})
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~')
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  '$comment',
])
/** Keys in the normalized form that only help to key union branches; never compared. */
const NAME_KEY = '$name'

interface CompareOptions extends Record<NormalizationFlag, boolean> {
  /** Base names whose upstream `-Input`/`-Output` variants count as the same schema. */
  mergedNames: ReadonlySet<string>
}

const defaultOptions = (): CompareOptions => ({
  ignoreAnnotations: true,
  applyParameterDefaults: true,
  effectiveSecurity: true,
  mergedNames: new Set(Object.keys(DELIBERATE.mergedSchemaNames)),
})

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (isObj(value)) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

const stripName = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripName)
  if (!isObj(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== NAME_KEY)
      .map(([k, v]) => [k, stripName(v)]),
  )
}
const sameValue = (a: unknown, b: unknown) => stableJson(stripName(a)) === stableJson(stripName(b))

class Normalizer {
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

// ------------------------------------------------------------------------------------------
// Comparison.

type DifferenceKind =
  | 'mismatch'
  | 'extra-operation'
  | 'uncovered-operation'
  | 'extra-response'
  | 'extra-response-header'
  | 'extra-schema-name'

interface Difference {
  kind: DifferenceKind
  /** `METHOD /path`, or `components/schemas/<name>` and the like. */
  where: string
  /** JSON pointer into the normalized view of `where`. */
  pointer: string
  message: string
  ours?: unknown
  upstream?: unknown
}

const show = (value: unknown) => {
  const text = JSON.stringify(stripName(value)) ?? 'undefined'
  return text.length > 240 ? `${text.slice(0, 240)}…` : text
}

function formatDifference(d: Difference): string {
  const values = [
    'ours' in d ? `ours=${show(d.ours)}` : '',
    'upstream' in d ? `upstream=${show(d.upstream)}` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return `${d.where} ${d.pointer || '/'}: ${d.message}${values ? ` (${values})` : ''}`
}

/** How to call a member of a keyed collection in messages, by the collection's key. */
const WHAT: Record<string, string> = {
  properties: 'property',
  responses: 'response',
  headers: 'header',
  content: 'media type',
  oneOf: 'oneOf variant',
  anyOf: 'anyOf variant',
  mapping: 'discriminator mapping',
}

function diffValues(
  where: string,
  pointer: string,
  ours: unknown,
  upstream: unknown,
  out: Difference[],
) {
  if (sameValue(ours, upstream)) return
  const parentKey = unescapePointer(pointer.split('/').pop() ?? '')
  if (isObj(ours) && isObj(upstream)) {
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(upstream)])]
      .filter((k) => k !== NAME_KEY)
      .sort()
    for (const key of keys) {
      const p = `${pointer}/${escapePointer(key)}`
      const what = /^\/parameters\/[^/]+$/.test(pointer) ? 'parameter' : (WHAT[parentKey] ?? 'key')
      if (!(key in ours)) {
        out.push({
          kind: 'mismatch',
          where,
          pointer: p,
          message: `${what} declared only upstream`,
          upstream: upstream[key],
        })
      } else if (!(key in upstream)) {
        out.push({
          kind: 'mismatch',
          where,
          pointer: p,
          message: `${what} declared only by ours`,
          ours: ours[key],
        })
      } else {
        diffValues(where, p, ours[key], upstream[key], out)
      }
    }
    return
  }
  if (Array.isArray(ours) && Array.isArray(upstream) && ['enum', 'required'].includes(parentKey)) {
    const a = new Set(ours.map(stableJson))
    const b = new Set(upstream.map(stableJson))
    const onlyOurs = ours.filter((v) => !b.has(stableJson(v)))
    const onlyUpstream = upstream.filter((v) => !a.has(stableJson(v)))
    const message =
      onlyOurs.length + onlyUpstream.length === 0
        ? `same ${parentKey} values in a different order`
        : `${parentKey} differs: only ours ${show(onlyOurs)}, only upstream ${show(onlyUpstream)}`
    out.push({ kind: 'mismatch', where, pointer, message, ours, upstream })
    return
  }
  if (Array.isArray(ours) && Array.isArray(upstream) && ours.length === upstream.length) {
    ours.forEach((v, i) => {
      diffValues(where, `${pointer}/${i}`, v, upstream[i], out)
    })
    return
  }
  out.push({ kind: 'mismatch', where, pointer, message: 'values differ', ours, upstream })
}

function listOperations(doc: OpenApiDocument) {
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
function compareDocuments(
  ours: OpenApiDocument,
  upstream: OpenApiDocument,
  options: CompareOptions = defaultOptions(),
): Difference[] {
  const nOurs = new Normalizer(ours, options)
  const nUp = new Normalizer(upstream, options)
  const diffs: Difference[] = []
  const ourOps = listOperations(ours)
  const upOps = listOperations(upstream)

  for (const [key, o] of ourOps) {
    const u = upOps.get(key)
    if (!u) {
      diffs.push({ kind: 'extra-operation', where: key, pointer: '', message: 'not in upstream' })
      continue
    }
    const raw: Difference[] = []
    diffValues(key, '', nOurs.operation(o.pathItem, o.op), nUp.operation(u.pathItem, u.op), raw)
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

interface Verdict {
  /** Differences that DELIBERATE does not explain: each one fails the test. */
  unexplained: Difference[]
  /** DELIBERATE entries that explain nothing any more: each one fails the test. */
  stale: string[]
}

function judge(diffs: readonly Difference[], deliberate: Deliberate = DELIBERATE): Verdict {
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
  const used = new Set<string>()
  const unexplained: Difference[] = []
  for (const d of diffs) {
    const segments = d.pointer.split('/').map(unescapePointer)
    let id: string | undefined
    if (d.kind === 'extra-response') id = `extra response ${segments[2]} on ${d.where}`
    if (d.kind === 'extra-response-header') id = `extra response header ${segments[4]}`
    if (d.kind === 'uncovered-operation') id = `uncovered operation ${d.where}`
    if (d.kind === 'extra-schema-name') id = `extra schema name ${d.where.split('/').pop()}`
    if (id !== undefined && expected.has(id)) used.add(id)
    else unexplained.push(d)
  }
  const stale = [...expected]
    .filter(([id]) => !used.has(id))
    .map(([id, reason]) => `${id} (listed because: ${reason})`)
  return { unexplained, stale }
}

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

  test('our 16 operations exist upstream with the same methods and paths', () => {
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

  test.each(ALL_OPS)('%s matches upstream (apart from listed deliberate differences)', (op) => {
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

// ------------------------------------------------------------------------------------------
// The comparison really detects differences: mutate a copy of our document in memory.

interface Mutation {
  name: string
  mutate(doc: OpenApiDocument): void
  /** An unexplained difference at this place, or (`stale`) a stale DELIBERATE entry. */
  expect: { where: string; pointer: string } | { stale: string }
}

const at = (doc: unknown, ...path: string[]): Obj => {
  let node = doc
  for (const key of path) {
    node = asObj(node)[key]
    if (node === undefined) throw new Error(`mutation target ${path.join('.')} is gone`)
  }
  return asObj(node)
}
const schemaAt = (doc: OpenApiDocument, name: string, ...path: string[]) =>
  at(doc, 'components', 'schemas', name, ...path)
const JSON_BODY = '/requestBody/content/application~1json/schema'
const JSON_200 = '/responses/200/content/application~1json/schema'

const MUTATIONS: Mutation[] = [
  {
    name: 'drop a required property',
    mutate: (doc) => {
      const s = schemaAt(doc, 'CreateEntityUserRequest')
      expect(s.required).toContain('login')
      s.required = asArr(s.required).filter((r) => r !== 'login')
    },
    expect: { where: 'POST /entity_users', pointer: `${JSON_BODY}/required` },
  },
  {
    name: 'change an enum value',
    mutate: (doc) => {
      const s = schemaAt(doc, 'CommonObjectTypeEnum')
      expect(s.enum).toContain('receipt')
      s.enum = asArr(s.enum).map((v) => (v === 'receipt' ? 'receipts' : v))
    },
    expect: {
      where: 'POST /roles',
      pointer: `${JSON_BODY}/properties/permissions/properties/objects/items/oneOf/CommonSchema/properties/object_type/enum`,
    },
  },
  {
    name: 'reorder enum values',
    mutate: (doc) => {
      const s = schemaAt(doc, 'GrantType')
      s.enum = [...asArr(s.enum)].reverse()
    },
    expect: { where: 'POST /auth/token', pointer: `${JSON_BODY}/properties/grant_type/enum` },
  },
  {
    name: 'loosen a maxLength inside a nullable property of a oneOf variant',
    mutate: (doc) => {
      const website = schemaAt(doc, 'EntityOrganizationResponse', 'properties', 'website')
      const branch = asObj(asArr(website.anyOf)[0])
      expect(branch.maxLength).toBe(2083)
      branch.maxLength = 2084
    },
    expect: {
      where: 'GET /entity_users/my_entity',
      pointer: `${JSON_200}/oneOf/EntityOrganizationResponse/properties/website/maxLength`,
    },
  },
  {
    name: 'allow additional properties',
    mutate: (doc) => {
      const s = schemaAt(doc, 'ObtainTokenPayload')
      expect(s.additionalProperties).toBe(false)
      s.additionalProperties = true
    },
    expect: { where: 'POST /auth/token', pointer: `${JSON_BODY}/additionalProperties` },
  },
  {
    name: 'drop nullability',
    mutate: (doc) => {
      schemaAt(doc, 'ObtainTokenPayload', 'properties').entity_user_id = {
        type: 'string',
        format: 'uuid',
      }
    },
    expect: {
      where: 'POST /auth/token',
      pointer: `${JSON_BODY}/properties/entity_user_id/nullable`,
    },
  },
  {
    name: 'change a type',
    mutate: (doc) => {
      schemaAt(doc, 'AccessTokenResponse', 'properties', 'expires_in').type = 'number'
    },
    expect: { where: 'POST /auth/token', pointer: `${JSON_200}/properties/expires_in/type` },
  },
  {
    name: 'drop a format',
    mutate: (doc) => {
      delete schemaAt(doc, 'RevokeTokenPayload', 'properties', 'client_id').format
    },
    expect: { where: 'POST /auth/revoke', pointer: `${JSON_BODY}/properties/client_id/format` },
  },
  {
    name: 'raise a parameter maximum',
    mutate: (doc) => {
      at(doc, 'components', 'parameters', 'Limit', 'schema').maximum = 1000
    },
    expect: { where: 'GET /entity_users', pointer: '/parameters/query/limit/schema/maximum' },
  },
  {
    name: 'make a required header optional',
    mutate: (doc) => {
      at(doc, 'components', 'parameters', 'XMoniteEntityId').required = false
    },
    expect: { where: 'GET /roles', pointer: '/parameters/header/x-monite-entity-id/required' },
  },
  {
    name: 'drop an error response that upstream declares',
    mutate: (doc) => {
      const responses = at(doc, 'paths', '/roles', 'get', 'responses')
      expect(responses).toHaveProperty('422')
      delete responses['422']
    },
    expect: { where: 'GET /roles', pointer: '/responses/422' },
  },
  {
    name: 'change an error schema',
    mutate: (doc) => {
      schemaAt(doc, 'ErrorSchema').required = []
    },
    expect: {
      where: 'DELETE /roles/{role_id}',
      pointer: '/responses/409/content/application~1json/schema/properties/error/required',
    },
  },
  {
    name: 'point a success response at another schema',
    mutate: (doc) => {
      at(
        doc,
        'paths',
        '/entity_users/me',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
      ).schema = { $ref: '#/components/schemas/RoleResponse' }
    },
    expect: { where: 'GET /entity_users/me', pointer: `${JSON_200}/properties` },
  },
  {
    name: 'use another schema name for the same shape',
    mutate: (doc) => {
      const schemas = at(doc, 'components', 'schemas')
      schemas.TokenMessage = schemas.MessageResponse
      at(
        doc,
        'paths',
        '/auth/revoke',
        'post',
        'responses',
        '200',
        'content',
        'application/json',
      ).schema = { $ref: '#/components/schemas/TokenMessage' }
    },
    expect: {
      where: 'POST /auth/revoke',
      pointer: '/responses/200/content/application~1json/schemaName',
    },
  },
  {
    name: 'add an operation upstream does not have',
    mutate: (doc) => {
      const item = at(doc, 'paths', '/roles')
      item.put = structuredClone(item.post)
    },
    expect: { where: 'PUT /roles', pointer: '' },
  },
  {
    name: 'remove a deliberately added 429',
    mutate: (doc) => {
      delete at(doc, 'paths', '/auth/token', 'post', 'responses')['429']
    },
    expect: { stale: 'extra response 429 on POST /auth/token' },
  },
]

describe.skipIf(!hasUpstream)('the conformance check can fail', () => {
  test.each(MUTATIONS)('reports: $name', ({ mutate, expect: wanted }) => {
    const doc = structuredClone(loadOurs())
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
  })

  test('an unknown deliberate entry is reported as stale', () => {
    const verdict = judge(compareDocuments(loadOurs(), loadUpstream()), {
      ...DELIBERATE,
      extraSchemaNames: { ...DELIBERATE.extraSchemaNames, NoSuchSchema: 'test' },
    })
    expect(verdict.stale).toEqual(['extra schema name NoSuchSchema (listed because: test)'])
  })
})

if (!hasUpstream) {
  test.skip(`conformance tests skipped: ${upstreamSkipReason}`, () => {})
}
