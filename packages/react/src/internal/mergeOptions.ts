import type {
  QueryKey,
  UseInfiniteQueryOptions,
  UseQueryOptions,
  UseSuspenseInfiniteQueryOptions,
  UseSuspenseQueryOptions,
} from '@tanstack/react-query'
import type { MonitePageParam, MoniteQueryError } from '../types'

/**
 * @internal The builders' options with the caller's on top. The builders are typed with
 * `TData = TQueryFnData`; the caller's `select` decides `TData`, which TypeScript cannot see
 * through a spread, hence the cast (the public signatures are what the type tests check).
 */
export function mergeQueryOptions<TQueryFnData, TData, TQueryKey extends QueryKey>(
  base: object,
  options: object | undefined,
): UseQueryOptions<TQueryFnData, MoniteQueryError, TData, TQueryKey> {
  return { ...base, ...options } as UseQueryOptions<
    TQueryFnData,
    MoniteQueryError,
    TData,
    TQueryKey
  >
}

/** @internal Suspense flavour of {@link mergeQueryOptions}. */
export function mergeSuspenseQueryOptions<TQueryFnData, TData, TQueryKey extends QueryKey>(
  base: object,
  options: object | undefined,
): UseSuspenseQueryOptions<TQueryFnData, MoniteQueryError, TData, TQueryKey> {
  return { ...base, ...options } as UseSuspenseQueryOptions<
    TQueryFnData,
    MoniteQueryError,
    TData,
    TQueryKey
  >
}

/** @internal Infinite flavour of {@link mergeQueryOptions}. */
export function mergeInfiniteQueryOptions<TQueryFnData, TData, TQueryKey extends QueryKey>(
  base: object,
  options: object | undefined,
): UseInfiniteQueryOptions<TQueryFnData, MoniteQueryError, TData, TQueryKey, MonitePageParam> {
  return { ...base, ...options } as UseInfiniteQueryOptions<
    TQueryFnData,
    MoniteQueryError,
    TData,
    TQueryKey,
    MonitePageParam
  >
}

/** @internal Suspense infinite flavour of {@link mergeQueryOptions}. */
export function mergeSuspenseInfiniteQueryOptions<TQueryFnData, TData, TQueryKey extends QueryKey>(
  base: object,
  options: object | undefined,
): UseSuspenseInfiniteQueryOptions<
  TQueryFnData,
  MoniteQueryError,
  TData,
  TQueryKey,
  MonitePageParam
> {
  return { ...base, ...options } as UseSuspenseInfiniteQueryOptions<
    TQueryFnData,
    MoniteQueryError,
    TData,
    TQueryKey,
    MonitePageParam
  >
}
