import type { EntityUser } from '@monite-kit/client'
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import { buildMutationOptions } from '../internal/buildMutationOptions'
import { applyEntityUserPatch } from '../internal/cache'
import { entityUserCache } from '../internal/entityUserCache'
import { restMutationRecipe } from '../internal/restMutationRecipe'
import { moniteKeys } from '../moniteKeys'
import type {
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  MoniteReactClient,
  UpdateEntityUserVariables,
} from '../types'

/**
 * Mutation options for `PATCH /entity_users/{entity_user_id}` with `{ id, body }`.
 *
 * - Optimistic (unless `optimistic: false`): the change shows at once in the user's detail
 *   entry, in every cached list holding the user and in `/me` if it is the current user; it is
 *   rolled back if Monite refuses (409, 422, …): this change only, other changes in flight and
 *   newer server state stay. Nothing is cancelled: a page that lands meanwhile shows the change.
 * - On success Monite's answer replaces those entries (unless the cache already holds a newer
 *   state: answers may arrive out of order); `/my_role` is refetched when the current user's
 *   `role_id` changed; the entity's user lists are refetched (filters may no longer match).
 *
 * @example
 * ```ts
 * import { MutationObserver } from '@tanstack/react-query'
 *
 * const observer = new MutationObserver(
 *   queryClient,
 *   updateEntityUserMutationOptions(client, queryClient),
 * )
 * await observer.mutate({ id: user.id, body: { role_id: approverRole.id } })
 * ```
 */
export function updateEntityUserMutationOptions<TOnMutateResult = unknown>(
  client: MoniteReactClient,
  queryClient: QueryClient,
  options?: MoniteMutationOptions<EntityUser, UpdateEntityUserVariables, TOnMutateResult>,
): UseMutationOptions<
  EntityUser,
  MoniteQueryError,
  UpdateEntityUserVariables,
  MoniteOnMutateResult<TOnMutateResult>
> {
  return buildMutationOptions(
    restMutationRecipe(queryClient, client, {
      rule: 'update',
      cache: entityUserCache,
      mutationKey: [...moniteKeys.entityUsers.all(client), 'update'],
      mutationFn: ({ id, body }) => client.entityUsers.update(id, body),
      idOf: ({ id }) => id,
      patch: (user, { body }) => applyEntityUserPatch(user, body),
    }),
    options,
  )
}
