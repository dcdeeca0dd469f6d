// Differences between two normalized values, each with a JSON pointer and both values.
import {
  escapePointer,
  isObj,
  NAME_KEY,
  sameValue,
  stableJson,
  stripName,
  unescapePointer,
} from './normalize'

export type DifferenceKind =
  | 'mismatch'
  | 'extra-operation'
  | 'uncovered-operation'
  | 'extra-response'
  | 'extra-response-header'
  | 'extra-schema-name'

export interface Difference {
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

export function formatDifference(d: Difference): string {
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

export function diffValues(
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
