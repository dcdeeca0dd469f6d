import type { EntityUser, UpdateMeInput } from '@monite-kit/client'
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import { buildMutationOptions } from '../internal/buildMutationOptions'
import { applyEntityUserPatch, noop, snapshotKeys } from '../internal/cache'
import {
  cancelEntityUserQueries,
  invalidateEntityUserLists,
  patchEntityUserEverywhere,
  writeEntityUser,
} from '../internal/entityUserCache'
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
      optimistic: async (body) => {
        const me = queryClient.getQueryData<EntityUser>(meKey)
        await Promise.all([
          queryClient.cancelQueries({ queryKey: meKey, exact: true }),
          cancelEntityUserQueries(queryClient, client, me?.id),
        ])
        const restoreMe = snapshotKeys(queryClient, [meKey])
        const patch = (user: EntityUser) => applyEntityUserPatch(user, body)
        queryClient.setQueryData<EntityUser>(meKey, (old) => (old ? patch(old) : old))
        const restoreRest = me ? patchEntityUserEverywhere(queryClient, client, me.id, patch) : noop
        return () => {
          restoreRest()
          restoreMe()
        }
      },
      onSuccess: (user) => {
        queryClient.setQueryData(meKey, user)
        return writeEntityUser(queryClient, client, user)
      },
      onSettled: () => invalidateEntityUserLists(queryClient, client),
    },
    rest,
  )
}
