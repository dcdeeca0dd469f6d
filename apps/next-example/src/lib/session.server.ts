import 'server-only'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { cookies, headers } from 'next/headers'

/** The server's own session: which entity user this browser signed in as. */
export interface Session {
  entityUserId: string
}

const COOKIE = 'monite_session'
const MAX_AGE_SECONDS = 8 * 60 * 60
const SECRET_KEY = Symbol.for('@monite-kit/next-example/session-secret')

/** SESSION_SECRET, or a random secret for this process (sessions end when it restarts). */
function secret(): string {
  const fromEnv = process.env.SESSION_SECRET?.trim()
  if (fromEnv) return fromEnv
  const store = globalThis as typeof globalThis & { [SECRET_KEY]?: string }
  store[SECRET_KEY] ??= randomBytes(32).toString('base64url')
  return store[SECRET_KEY]
}

const sign = (payload: string) => createHmac('sha256', secret()).update(payload).digest('base64url')

/**
 * Checks a cookie value (`<entityUserId>.<expires>.<signature>`) and returns its session, or
 * `null` when it is missing, malformed, expired or not signed by this server.
 *
 * @example
 * ```ts
 * parseSession('not-a-session') // null
 * ```
 */
export function parseSession(value: string | undefined, now = Date.now()): Session | null {
  const parts = value?.split('.')
  if (parts?.length !== 3) return null
  const [entityUserId, expires, signature] = parts as [string, string, string]
  if (!/^[0-9a-f-]{36}$/i.test(entityUserId) || !/^\d{1,15}$/.test(expires)) return null
  const expected = Buffer.from(sign(`${entityUserId}.${expires}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (Number(expires) <= now) return null
  return { entityUserId }
}

/**
 * The session of the current request (Server Components, route handlers, server actions).
 *
 * @example
 * ```ts
 * const session = await readSession()
 * if (!session) return Response.json({ error: { message: 'Sign in first' } }, { status: 401 })
 * ```
 */
export async function readSession(): Promise<Session | null> {
  return parseSession((await cookies()).get(COOKIE)?.value)
}

/**
 * Starts a session for `entityUserId` (server actions and route handlers only). The caller has
 * already decided who that is; nothing the browser sends later can change it.
 *
 * @example
 * ```ts
 * await startSession(user.id)
 * ```
 */
export async function startSession(entityUserId: string): Promise<void> {
  const expires = Date.now() + MAX_AGE_SECONDS * 1000
  const payload = `${entityUserId}.${expires}`
  // Secure over https (Next sets x-forwarded-proto); plain http://127.0.0.1 in development.
  const https = (await headers()).get('x-forwarded-proto') === 'https'
  ;(await cookies()).set(COOKIE, `${payload}.${sign(payload)}`, {
    httpOnly: true,
    sameSite: 'lax',
    secure: https,
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  })
}

/**
 * Ends the session.
 *
 * @example
 * ```ts
 * await endSession()
 * ```
 */
export async function endSession(): Promise<void> {
  ;(await cookies()).delete(COOKIE)
}
