import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import { buildMutationOptions } from '../internal/buildMutationOptions'
import { restMutationRecipe } from '../internal/restMutationRecipe'
import { roleCache } from '../internal/roleCache'
import { moniteKeys } from '../moniteKeys'
import type {
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  MoniteReactClient,
} from '../types'

/**
 * Mutation options for `DELETE /roles/{role_id}`; the variable is the role id. Optimistic
 * (unless `optimistic: false`): the role leaves every cached list at once and comes back if
 * Monite refuses, e.g. with 409 while users still hold it. On success its detail entry is
 * removed; lists are refetched.
 *
 * @example
 * ```ts
 * import { MutationObserver } from '@tanstack/react-query'
 *
 * const observer = new MutationObserver(queryClient, deleteRoleMutationOptions(client, queryClient))
 * await observer.mutate(role.id)
 * ```
 */
export function deleteRoleMutationOptions<TOnMutateResult = unknown>(
  client: MoniteReactClient,
  queryClient: QueryClient,
  options?: MoniteMutationOptions<void, string, TOnMutateResult>,
): UseMutationOptions<void, MoniteQueryError, string, MoniteOnMutateResult<TOnMutateResult>> {
  return buildMutationOptions(
    restMutationRecipe(queryClient, client, {
      rule: 'delete',
      cache: roleCache,
      mutationKey: [...moniteKeys.roles.all(client), 'delete'],
      mutationFn: (id) => client.roles.delete(id),
      idOf: (id) => id,
      patch: () => null,
    }),
    options,
  )
}
