import type { QueryKey } from '@tanstack/react-query'
import { moniteKeys } from '../moniteKeys'
import type { MoniteOperationsClient } from '../operations/client'

/** @internal The `params` and `body` of a generic call. */
export interface OperationInit {
  params?: { path?: Record<string, string | number>; query?: object }
  body?: unknown
}

/**
 * @internal The key of a generic query: `[...moniteKeys.path(client, path, params.path), query]`,
 * then `'infinite'` for an infinite query, or the method and body for a non-GET query, so lists
 * (`[..., 'payables', query]`) and items (`[..., 'payables', id, query]`) of a collection share
 * its prefix.
 */
export function operationKey(
  client: MoniteOperationsClient,
  method: string,
  path: string,
  init: OperationInit | undefined,
  infinite?: boolean,
): QueryKey {
  const key: unknown[] = [
    ...moniteKeys.path(client, path, init?.params?.path),
    init?.params?.query ?? {},
  ]
  if (infinite) key.push('infinite')
  else if (method !== 'get') key.push(method, init?.body ?? null)
  return key
}
