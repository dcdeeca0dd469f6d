import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { MoniteKeyTarget } from '../moniteKeys'
import type { MutationRecipe } from './buildMutationOptions'
import { noop } from './cache'
import type { Item } from './recordCache'
import type { ResourceCache } from './resourceCache'
import type { MoniteCacheRule } from './restRoute'

/** @internal A mutation on a collection, and how to find its record in the variables. */
export interface RestMutation<TData, TVariables, T extends Item = Item> {
  rule: MoniteCacheRule
  cache: ResourceCache<T>
  mutationKey: QueryKey
  mutationFn: (variables: TVariables) => Promise<TData>
  /** The id of the item the mutation targets (`update`, `delete`, `action`). */
  idOf?: (variables: TVariables) => string | undefined
  /** Where a written record's detail entry lives (seeded when empty). */
  detailKey?: (variables: TVariables, id: string) => QueryKey | undefined
  /** The queries an action's answer that is not the item makes stale. */
  itemKey?: (variables: TVariables) => QueryKey
  /** The optimistic change (opt-in): the record's next value, or `null` for a removal. */
  patch?: (item: T, variables: TVariables) => T | null
}

const isItem = <T extends Item>(data: unknown): data is T =>
  typeof (data as Item | null)?.id === 'string' && (data as Item).id !== ''

/**
 * @internal The cache work of a mutation under its REST rule (see `MoniteCacheRule`), over the one
 * engine: the kit's named mutations and the generic layer's are all built here.
 */
export function restMutationRecipe<TData, TVariables, T extends Item = Item>(
  queryClient: QueryClient,
  client: MoniteKeyTarget,
  m: RestMutation<TData, TVariables, T>,
): MutationRecipe<TData, TVariables> {
  const { rule, cache, patch } = m
  const id = (variables: TVariables) => m.idOf?.(variables)
  const write = (item: T, variables: TVariables) =>
    cache.write(queryClient, client, item, m.detailKey?.(variables, item.id))
  return {
    mutationKey: m.mutationKey,
    mutationFn: m.mutationFn,
    optimistic:
      patch && rule !== 'none'
        ? (variables) => {
            const target = id(variables)
            return target
              ? cache.patch(queryClient, client, target, (item) => patch(item, variables))
              : noop
          }
        : undefined,
    onSuccess: (data, variables) => {
      const target = id(variables)
      if (rule === 'delete') return target && cache.forget(queryClient, client, target)
      if (rule === 'none') return
      if (isItem<T>(data) && (rule === 'create' || data.id === target))
        return write(data, variables)
      // The answer is something else (a sub-record, an operation's result): the item is stale.
      return m.itemKey && queryClient.invalidateQueries({ queryKey: m.itemKey(variables) })
    },
    onSettled: async () => {
      if (rule !== 'none') await cache.invalidateLists(queryClient, client)
    },
  }
}
