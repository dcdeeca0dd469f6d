import type { EntityUserListParams } from '@monite-kit/client'

/**
 * The list the users page shows: the Server Component prefetches it and the client component
 * reads it with the same parameters, so both use one cache entry (the same query key).
 */
export const USERS_LIST = {
  limit: 100,
  sort: 'updated_at',
  order: 'desc',
} as const satisfies EntityUserListParams
