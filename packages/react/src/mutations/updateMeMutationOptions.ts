import type { EntityUser, UpdateMeInput } from '@monite-kit/client'
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import { buildMutationOptions } from '../internal/buildMutationOptions'
import { applyEntityUserPatch, noop } from '../internal/cache'
import { entityUserCache } from '../internal/entityUserCache'
import { moniteKeys } from '../moniteKeys'
import { resolveMoniteScope } from '../resolveMoniteScope'
import type {
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MoniteQueryError,
  MoniteReactClient,
} from '../types'

/**
 * Mutation options for `PATCH /entity_users/me` (profile fields only). Optimistic on `/me` and
 * on the user's detail and list entries, rolled back on error; on success Monite's answer is
 * written to `/me` (of `moniteScope`) and everywhere the user is cached.
 *
 * @example
 * ```ts
 * import { MutationObserver } from '@tanstack/react-query'
 *
 * const options = updateMeMutationOptions(client, queryClient, {
 *   moniteScope: session.entityUserId,
 * })
 * await new MutationObserver(queryClient, options).mutate({ phone: '+4930123' })
 * ```
 */
export function updateMeMutationOptions<TOnMutateResult = unknown>(
  client: MoniteReactClient,
  queryClient: QueryClient,
  options?: MoniteMutationOptions<EntityUser, UpdateMeInput, TOnMutateResult> & {
    /**
     * The `/me` scope to update (see {@link resolveMoniteScope}); named so as not to clash with
     * TanStack's own mutation `scope`. `useUpdateMe` passes the provider's.
     */
    moniteScope?: string
  },
): UseMutationOptions<
  EntityUser,
  MoniteQueryError,
  UpdateMeInput,
  MoniteOnMutateResult<TOnMutateResult>
> {
  const { moniteScope, ...rest } = options ?? {}
  const meKey = moniteKeys.me(client, resolveMoniteScope(client, moniteScope))
  return buildMutationOptions(
    {
      mutationKey: [...meKey, 'update'],
      mutationFn: (body) => client.entityUsers.updateMe(body),
      // `/me` is the user's own record: patched (and undone) wherever the user is cached.
      optimistic: (body) => {
        const me = queryClient.getQueryData<EntityUser>(meKey)
        return me
          ? entityUserCache.patch(queryClient, client, me.id, (user) =>
              applyEntityUserPatch(user, body),
            )
          : noop
      },
      onSuccess: (user) => {
        const written = entityUserCache.write(queryClient, client, user)
        if (queryClient.getQueryData(meKey) === undefined) queryClient.setQueryData(meKey, user)
        return written
      },
      onSettled: () => entityUserCache.invalidateLists(queryClient, client),
    },
    rest,
  )
}
