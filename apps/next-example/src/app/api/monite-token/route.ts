import { isMoniteApiError } from '@monite-kit/client'
import { moniteBackend } from '@/lib/monite.server'
import { isSameOrigin, refuse } from '@/lib/requests.server'
import { readSession } from '@/lib/session.server'

/**
 * The browser client's `fetchToken`: an entity-user token for the user this server's session
 * says. The request names nobody: a body, a query or a header cannot pick another user.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return refuse(403, 'Cross-origin requests are refused')
  const session = await readSession()
  if (!session) return refuse(401, 'Sign in first')
  try {
    const token = await moniteBackend().mintToken(session.entityUserId)
    return Response.json(
      { access_token: token.access_token, expires_in: token.expires_in },
      { headers: { 'cache-control': 'no-store' } },
    )
  } catch (error) {
    const status = isMoniteApiError(error) && error.status < 500 ? 403 : 502
    return refuse(status, 'Could not mint a token for this session')
  }
}
