import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import { buildMutationOptions } from '../internal/buildMutationOptions'
import { entityUserCache } from '../internal/entityUserCache'
import { restMutationRecipe } from '../internal/restMutationRecipe'
import { moniteKeys } from '../moniteKeys'
import type {
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  MoniteReactClient,
} from '../types'

/**
 * Mutation options for `DELETE /entity_users/{entity_user_id}`; the variable is the user id.
 * Optimistic (unless `optimistic: false`): the user leaves every cached list at once and comes
 * back if Monite refuses. On success its detail entry is removed; lists are refetched.
 *
 * @example
 * ```ts
 * import { MutationObserver } from '@tanstack/react-query'
 *
 * const observer = new MutationObserver(
 *   queryClient,
 *   deleteEntityUserMutationOptions(client, queryClient),
 * )
 * await observer.mutate(user.id)
 * ```
 */
export function deleteEntityUserMutationOptions<TOnMutateResult = unknown>(
  client: MoniteReactClient,
  queryClient: QueryClient,
  options?: MoniteMutationOptions<void, string, TOnMutateResult>,
): UseMutationOptions<void, MoniteQueryError, string, MoniteOnMutateResult<TOnMutateResult>> {
  return buildMutationOptions(
    restMutationRecipe(queryClient, client, {
      rule: 'delete',
      cache: entityUserCache,
      mutationKey: [...moniteKeys.entityUsers.all(client), 'delete'],
      mutationFn: (id) => client.entityUsers.delete(id),
      idOf: (id) => id,
      patch: () => null,
    }),
    options,
  )
}
