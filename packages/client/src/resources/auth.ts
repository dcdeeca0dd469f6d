import type { MoniteAuth, TokenManager } from '../auth'
import type { Call } from '../call'
import type { MoniteCallOptions } from '../clientOptions'
import { must } from '../options'
import type { AccessToken, RevokeTokenInput, TokenRequest } from '../types'

/** `/auth` operations and the client's token cache. */
export interface MoniteAuthResource {
  /**
   * `POST /auth/token`: mint a token yourself (e.g. an entity-user token for a browser).
   * Never sends `Authorization`.
   */
  token(body: TokenRequest, options?: MoniteCallOptions): Promise<AccessToken>
  /**
   * `POST /auth/revoke`. With only `{ token }`, or nothing at all (the cached token), the client
   * id and secret come from the client's partner / entity-user credentials.
   */
  revoke(body?: RevokeTokenInput | { token?: string }, options?: MoniteCallOptions): Promise<void>
  /** The token the client would send now (fetching one if needed). */
  getToken(): Promise<string>
  /** Forgets the cached token; the next call fetches a new one. */
  clearToken(): void
}

/** @internal */
export const createAuthResource = (
  call: Call,
  tokens: TokenManager | undefined,
  auth: MoniteAuth | undefined,
): MoniteAuthResource => {
  const getToken = async () => (await (tokens ?? must('auth', 'set for getToken()')).get()).token
  return {
    token: (body, options) => call('POST', '/auth/token', options, {}, body),
    revoke: async (body, options) => {
      let full = body
      if (!full || !('client_id' in full)) {
        // Only partner and entity-user credentials have a secret (checked at creation).
        const { clientId, clientSecret } = { ...auth } as {
          clientId?: string
          clientSecret?: string
        }
        if (!clientSecret)
          must('auth.type', 'partner or entity_user for revoke() without client_id')
        full = {
          client_id: clientId as string,
          client_secret: clientSecret,
          token: body?.token ?? (await getToken()),
        }
      }
      await call('POST', '/auth/revoke', options, {}, full)
      if (tokens?.peek()?.token === full.token) tokens.invalidate()
    },
    getToken,
    clearToken: () => tokens?.invalidate(),
  }
}
