import type { Role } from '@monite-kit/client'
import { resourceCache } from './resourceCache'

/** @internal Roles: detail, lists and `/my_role` entries. */
export const roleCache = resourceCache<Role>('/roles', 'roles', 'myRole')
