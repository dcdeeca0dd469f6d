import type { CreateEntityUserInput, EntityUser } from '@monite-kit/client'
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
 * Mutation options for `POST /entity_users`. On success the new user is written to its detail
 * key (`entityUserQueryOptions(client, user.id)` reads it without a request) and the entity's
 * user lists are refetched (awaited before the mutation settles).
 *
 * @example
 * ```ts
 * import { MutationObserver } from '@tanstack/react-query'
 *
 * const observer = new MutationObserver(
 *   queryClient,
 *   createEntityUserMutationOptions(client, queryClient),
 * )
 * const user = await observer.mutate({ first_name: 'Ada', login: 'ada' })
 * ```
 */
export function createEntityUserMutationOptions<TOnMutateResult = unknown>(
  client: MoniteReactClient,
  queryClient: QueryClient,
  options?: MoniteMutationOptions<EntityUser, CreateEntityUserInput, TOnMutateResult>,
): UseMutationOptions<
  EntityUser,
  MoniteQueryError,
  CreateEntityUserInput,
  MoniteOnMutateResult<TOnMutateResult>
> {
  return buildMutationOptions(
    restMutationRecipe(queryClient, client, {
      rule: 'create',
      cache: entityUserCache,
      mutationKey: [...moniteKeys.entityUsers.all(client), 'create'],
      mutationFn: (body) => client.entityUsers.create(body),
    }),
    options,
  )
}
