// The checks every request passes before the server acts on it. See the README's "Security
// model" for why each exists.

import { HttpError } from './http.mjs'

/**
 * @typedef {object} Target
 * @property {string[]} segments  the path's segments, percent-decoded exactly once
 * @property {string} query       the raw query string, without `?` (decoded by the route)
 */

// After decoding, a path segment may hold only these (RFC 3986 pchar without `%` and `;`):
// no NUL or control characters, no backslash, no second layer of percent-encoding.
const SEGMENT = /^[A-Za-z0-9._~!$&'()*+,=:@-]*$/

/**
 * Canonicalises a request target once: `/a/b?q` → segments and raw query. Refuses (400) what
 * could mean two things to two parsers — encoded `/` or `\`, `;` parameters, dot segments
 * (plain or encoded), empty segments, malformed percent-encoding, absolute-form targets.
 * @param {string | undefined} raw
 * @returns {Target}
 */
export function parseTarget(raw) {
  if (!raw?.startsWith('/')) throw bad('The request target must be a path')
  const at = raw.indexOf('?')
  const rawPath = at === -1 ? raw : raw.slice(0, at)
  const query = at === -1 ? '' : raw.slice(at + 1)
  if (/%(2f|5c)/i.test(rawPath) || rawPath.includes('\\')) {
    throw bad('Encoded or backslash path separators are not allowed')
  }
  if (/;|%3b/i.test(rawPath)) throw bad('Path parameters (;) are not allowed')
  let path
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    throw bad('Malformed percent-encoding in the path')
  }
  const segments = path.slice(1).split('/')
  segments.forEach((segment, i) => {
    if (segment === '.' || segment === '..') throw bad('Dot segments are not allowed in the path')
    // An empty segment is allowed only last (a trailing slash) or as the whole path (`/`).
    if (segment === '' && i < segments.length - 1) throw bad('Empty path segments (//)')
    if (!SEGMENT.test(segment)) throw bad('The path holds characters this server does not serve')
  })
  return { segments, query }
}

/**
 * Decodes a query string once into [name, value] pairs (`+` is a space).
 * @param {string} query
 * @returns {[string, string][]}
 */
export function parseQuery(query) {
  /** @type {[string, string][]} */
  const pairs = []
  for (const part of query.split('&')) {
    if (!part) continue
    const eq = part.indexOf('=')
    const [name, value] = eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)]
    try {
      pairs.push([decode(name), decode(value)])
    } catch {
      throw bad('Malformed percent-encoding in the query string')
    }
  }
  return pairs
}

/** @param {string} text */
const decode = (text) => decodeURIComponent(text.replace(/\+/g, ' '))

/** @param {string} message */
const bad = (message) => new HttpError(400, 'bad_request', message)

/** The header the app's client sends on every call to this server (forces a CORS preflight). */
export const CSRF_HEADER = 'x-monite-kit-csrf'

/**
 * Cross-site request forgery: only the app's own pages may use the proxy and the mint
 * endpoint. A browser says where a request comes from (Sec-Fetch-Site, Origin); a page on
 * another origin cannot add a custom header without a CORS preflight, which this server never
 * grants — so a write must carry CSRF_HEADER. Throws 403.
 * @param {import('node:http').IncomingMessage} req
 */
export function checkSameOrigin(req) {
  const method = req.method ?? 'GET'
  const read = method === 'GET' || method === 'HEAD'
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && !(read && site === 'none')) {
    throw forbidden(`Refused a ${site} request: only the app's own pages may call this server`)
  }
  const origin = req.headers.origin
  if (origin !== undefined) {
    const host = String(req.headers.host ?? '').toLowerCase()
    const lower = origin.toLowerCase()
    if (lower !== `http://${host}` && lower !== `https://${host}`) {
      throw forbidden(
        "Refused a request from another origin: only the app's own pages may call this server",
      )
    }
  }
  if (!read && req.headers[CSRF_HEADER] !== '1') {
    throw forbidden(
      `Refused a ${method} without the ${CSRF_HEADER}: 1 header (the app's client sends it; other sites cannot)`,
    )
  }
}

/** @param {string} message */
const forbidden = (message) => new HttpError(403, 'csrf', message)

/**
 * Writes must be JSON (415 otherwise): form and text/plain bodies are what other sites can send.
 * @param {import('node:http').IncomingMessage} req
 */
export function requireJson(req) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase()
  if (type !== 'application/json') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json')
  }
}

/** Lower-case canonical UUIDs only (Monite's ids); anything else is not an id. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The id in canonical (lower-case) form, or null when `value` is not a UUID.
 * @param {unknown} value
 */
export function uuid(value) {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null
}
