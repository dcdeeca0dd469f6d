import 'server-only'
import { MONITE_API_VERSION } from '@monite-kit/client'
import { moniteBackend } from './monite.server'
import { isSameOrigin, refuse } from './requests.server'
import { readSession } from './session.server'

/** The browser's way to Monite: the app's own origin, under this prefix. */
export const PROXY_PREFIX = '/api/monite/v1'

const MAX_BODY = 64 * 1024
const UUID = '[0-9a-fA-F-]{36}'

/** The Monite calls the pages make, and nothing else. */
const RULES: { re: RegExp; methods: string[] }[] = [
  { re: /^\/entity_users$/, methods: ['GET', 'POST'] },
  { re: /^\/entity_users\/(me|my_role|my_entity)$/, methods: ['GET'] },
  { re: new RegExp(`^/entity_users/${UUID}$`), methods: ['GET', 'PATCH', 'DELETE'] },
  { re: /^\/roles$/, methods: ['GET'] },
  { re: new RegExp(`^/roles/${UUID}$`), methods: ['GET'] },
]

/**
 * Forwards one browser request to Monite (or the fake): an allow-listed path and method, from a
 * page of this app with a session, with the browser's own entity-user token (Monite checks its
 * permissions; the proxy adds no credentials of its own), JSON in and out. The entity and API
 * version headers are the server's, whatever the browser sent.
 *
 * @example
 * ```ts
 * export const GET = (request: Request) => proxyToMonite(request)
 * ```
 */
export async function proxyToMonite(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (!url.pathname.startsWith(`${PROXY_PREFIX}/`)) return refuse(404, 'Not proxied')
  const path = url.pathname.slice(PROXY_PREFIX.length)
  const rule = RULES.find((r) => r.re.test(path))
  if (!rule?.methods.includes(request.method)) {
    return refuse(404, `${request.method} ${path} is not proxied`)
  }
  if (!isSameOrigin(request)) return refuse(403, 'Cross-origin requests are refused')
  if (!(await readSession())) return refuse(401, 'Sign in first')
  const authorization = request.headers.get('authorization')
  if (!authorization || !/^Bearer [\w.~+/=-]{1,4096}$/.test(authorization)) {
    return refuse(401, 'An entity-user token (Authorization: Bearer) is required')
  }

  const backend = moniteBackend()
  const headers = new Headers({
    authorization,
    accept: 'application/json',
    'x-monite-version': MONITE_API_VERSION,
    'x-monite-entity-id': backend.entityId,
  })
  let body: string | undefined
  if (request.method === 'POST' || request.method === 'PATCH') {
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      return refuse(415, 'Send JSON (Content-Type: application/json)')
    }
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > MAX_BODY) return refuse(413, 'Request body too large')
    const text = await request.text()
    if (Buffer.byteLength(text) > MAX_BODY) return refuse(413, 'Request body too large')
    try {
      body = JSON.stringify(JSON.parse(text))
    } catch {
      return refuse(400, 'The body is not JSON')
    }
    headers.set('content-type', 'application/json')
  }

  let upstream: Response
  try {
    upstream = await backend.upstream(
      new Request(`${backend.apiBaseUrl}${path}${url.search}`, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: request.signal,
      }),
    )
  } catch {
    return refuse(502, 'Monite did not answer')
  }
  const out = new Headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  for (const name of ['x-request-id', 'retry-after']) {
    const value = upstream.headers.get(name)
    if (value) out.set(name, value)
  }
  if (upstream.status === 204 || upstream.status === 304) {
    return new Response(null, { status: upstream.status, headers: out })
  }
  const type = upstream.headers.get('content-type') ?? ''
  if (!/^application\/(problem\+)?json\b/i.test(type)) {
    await upstream.body?.cancel()
    return refuse(502, 'Monite answered with something other than JSON')
  }
  out.set('content-type', type)
  return new Response(await upstream.arrayBuffer(), { status: upstream.status, headers: out })
}
