import type { Role } from '@monite-kit/client'
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import { buildMutationOptions } from '../internal/buildMutationOptions'
import { applyRolePatch } from '../internal/cache'
import { restMutationRecipe } from '../internal/restMutationRecipe'
import { roleCache } from '../internal/roleCache'
import { moniteKeys } from '../moniteKeys'
import type {
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  MoniteReactClient,
  UpdateRoleVariables,
} from '../types'

/**
 * Mutation options for `PATCH /roles/{role_id}` with `{ id, body }`. Optimistic (unless
 * `optimistic: false`) on the role's detail entry, every cached list and `/my_role` of every
 * user holding it, rolled back on error; on success Monite's answer replaces them all, so
 * permission checks ({@link usePermissions}) follow at once.
 *
 * @example
 * ```ts
 * import { MutationObserver } from '@tanstack/react-query'
 *
 * const observer = new MutationObserver(queryClient, updateRoleMutationOptions(client, queryClient))
 * await observer.mutate({ id: role.id, body: { name: 'Approvers' } })
 * ```
 */
export function updateRoleMutationOptions<TOnMutateResult = unknown>(
  client: MoniteReactClient,
  queryClient: QueryClient,
  options?: MoniteMutationOptions<Role, UpdateRoleVariables, TOnMutateResult>,
): UseMutationOptions<
  Role,
  MoniteQueryError,
  UpdateRoleVariables,
  MoniteOnMutateResult<TOnMutateResult>
> {
  return buildMutationOptions(
    restMutationRecipe(queryClient, client, {
      rule: 'update',
      cache: roleCache,
      mutationKey: [...moniteKeys.roles.all(client), 'update'],
      mutationFn: ({ id, body }) => client.roles.update(id, body),
      idOf: ({ id }) => id,
      patch: (role, { body }) => applyRolePatch(role, body),
    }),
    options,
  )
}
