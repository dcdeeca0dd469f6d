import type { MutationKey, UseMutationOptions } from '@tanstack/react-query'
import type { MoniteMutationOptions, MoniteOnMutateResult, MoniteQueryError } from '../types'
import { noop, type Rollback } from './cache'
import { nextSeq, stamp } from './recordCache'

/** @internal The package's own part of a mutation. */
export interface MutationRecipe<TData, TVariables> {
  mutationKey: MutationKey
  mutationFn: (variables: TVariables) => Promise<TData>
  /**
   * Optimistic cache write; returns its undo, which removes this change only (other changes in
   * flight and newer server state stay). Runs only when `optimistic` is not `false`.
   */
  optimistic?: (variables: TVariables) => Rollback
  /** Cache writes from Monite's answer (the optimistic change is dropped right after). */
  onSuccess?: (data: TData, variables: TVariables) => unknown
  /** Runs after success and error (e.g. list invalidation); awaited. */
  onSettled?: (variables: TVariables) => Promise<unknown>
}

/**
 * @internal Combines the package's cache work with the caller's options: the package's
 * callbacks run first, then the caller's, which see only their own `onMutate` result.
 */
export function buildMutationOptions<TData, TVariables, TUser>(
  recipe: MutationRecipe<TData, TVariables>,
  options: MoniteMutationOptions<TData, TVariables, TUser> | undefined,
): UseMutationOptions<TData, MoniteQueryError, TVariables, MoniteOnMutateResult<TUser>> {
  const { optimistic = true, onMutate, onSuccess, onError, onSettled, ...rest } = options ?? {}
  return {
    mutationKey: recipe.mutationKey,
    ...rest,
    // When the request was sent orders its answer against reads and other answers.
    mutationFn: (variables) => {
      const sent = nextSeq()
      return recipe.mutationFn(variables).then((data) => stamp(data, sent))
    },
    onMutate: async (variables, context) => {
      const rollback = optimistic && recipe.optimistic ? recipe.optimistic(variables) : noop
      try {
        const user = onMutate ? await onMutate(variables, context) : undefined
        return { rollback, user }
      } catch (error) {
        rollback()
        throw error
      }
    },
    onSuccess: async (data, variables, result, context) => {
      const written = recipe.onSuccess?.(data, variables)
      // The answer is the server state now: the optimistic change has done its work.
      result?.rollback()
      await written
      await onSuccess?.(data, variables, result?.user as TUser, context)
    },
    onError: async (error, variables, result, context) => {
      result?.rollback()
      await onError?.(error, variables, result?.user, context)
    },
    onSettled: async (data, error, variables, result, context) => {
      await recipe.onSettled?.(variables)
      await onSettled?.(data, error, variables, result?.user, context)
    },
  }
}
