import type { CreateRoleInput, Role } from '@monite-kit/client'
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
 * Mutation options for `POST /roles`. On success the role is written to its detail key and the
 * entity's role lists are refetched. A duplicate name answers 409 (`MoniteApiError`).
 *
 * @example
 * ```ts
 * import { MutationObserver } from '@tanstack/react-query'
 *
 * const observer = new MutationObserver(queryClient, createRoleMutationOptions(client, queryClient))
 * const role = await observer.mutate({ name: 'Viewer', permissions: { objects: [] } })
 * ```
 */
export function createRoleMutationOptions<TOnMutateResult = unknown>(
  client: MoniteReactClient,
  queryClient: QueryClient,
  options?: MoniteMutationOptions<Role, CreateRoleInput, TOnMutateResult>,
): UseMutationOptions<
  Role,
  MoniteQueryError,
  CreateRoleInput,
  MoniteOnMutateResult<TOnMutateResult>
> {
  return buildMutationOptions(
    restMutationRecipe(queryClient, client, {
      rule: 'create',
      cache: roleCache,
      mutationKey: [...moniteKeys.roles.all(client), 'create'],
      mutationFn: (body) => client.roles.create(body),
    }),
    options,
  )
}
