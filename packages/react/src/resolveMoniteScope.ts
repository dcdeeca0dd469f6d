import type { MoniteReactClient } from './types'

const autoScopes = new WeakMap<object, string>()
let counter = 0

/**
 * The identity that `/entity_users/me`, `/my_role` and `/my_entity` cache entries are keyed by:
 *
 * 1. `scope` when given (the provider's `scope` prop, or the builders' `{ scope }`);
 * 2. else the client's own `scope` (`createMoniteClient({ scope })`, or what the client derives
 *    from `auth`: `entity_user:<entityUserId>`, `partner:<clientId>`);
 * 3. else (a `token` / `fetchToken` client without `scope`: the client's `scope` is undefined)
 *    an id unique to this client object, so two clients never share `/me`.
 *
 * For SSR with a `fetchToken` / `token` client in the browser, set `scope` (e.g. the signed-in
 * entity user's id) on both sides so the server's and the browser's entries match.
 *
 * @example
 * ```ts
 * resolveMoniteScope(client, `user:${session.entityUserId}`) // 'user:…'
 * resolveMoniteScope(entityUserClient) // 'entity_user:<id>'
 * resolveMoniteScope(fetchTokenClient) // 'client:1' (stable for this client object)
 * ```
 */
export function resolveMoniteScope(client: MoniteReactClient, scope?: string): string {
  if (scope !== undefined && scope !== '') return scope
  const own = client.scope
  if (typeof own === 'string' && own !== '') return own
  let auto = autoScopes.get(client)
  if (auto === undefined) {
    counter += 1
    auto = `client:${counter}`
    autoScopes.set(client, auto)
  }
  return auto
}
