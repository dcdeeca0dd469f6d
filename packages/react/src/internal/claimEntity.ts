import type { QueryClient } from '@tanstack/react-query'
import { moniteKeys } from '../moniteKeys'
import type { MoniteReactClient } from '../types'

const owners = new WeakMap<QueryClient, Map<string, string>>()

/**
 * @internal Records that `identity` now uses the entity of `client` in `queryClient`. When another
 * identity used it before (a different user signed in on the same entity), the entity's cached
 * lists and records are dropped first: what a user may see depends on its role. Idempotent.
 */
export function claimEntity(
  queryClient: QueryClient | undefined,
  client: MoniteReactClient,
  identity: string,
): void {
  if (!queryClient) return
  const queryKey = moniteKeys.entity(client)
  const key = queryKey.join(' ')
  const entities = owners.get(queryClient) ?? new Map<string, string>()
  owners.set(queryClient, entities)
  if ((entities.get(key) ?? identity) !== identity) queryClient.removeQueries({ queryKey })
  entities.set(key, identity)
}
