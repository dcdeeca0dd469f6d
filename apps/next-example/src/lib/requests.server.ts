import 'server-only'

/**
 * Whether a request comes from a page of this app: the browser says so (`Sec-Fetch-Site`), and a
 * request that changes something carries an `Origin` equal to the app's own.
 *
 * @example
 * ```ts
 * if (!isSameOrigin(request)) return refuse(403, 'Cross-origin requests are refused')
 * ```
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site && site !== 'same-origin') return false
  const origin = request.headers.get('origin')
  const safe = request.method === 'GET' || request.method === 'HEAD'
  if (!origin) return safe
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * A JSON error response in Monite's shape (`{ error: { message } }`), never cached.
 *
 * @example
 * ```ts
 * return refuse(404, 'Not proxied')
 * ```
 */
export function refuse(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status, headers: { 'cache-control': 'no-store' } })
}
