import type { Role } from '@monite-kit/client'
import { resourceCache } from './resourceCache'

const roles = resourceCache<Role>('roles', 'myRole')

/** @internal Stops in-flight reads of role `id`. */
export const cancelRoleQueries = roles.cancel
/** @internal Applies `patch` to role `id` wherever it is cached (incl. `/my_role`); returns the undo. */
export const patchRoleEverywhere = roles.patchEverywhere
/** @internal Removes role `id` from every cached list; returns the undo. */
export const removeRoleFromLists = roles.removeFromLists
/** @internal Writes a role Monite returned to its detail key, lists and `/my_role` entries. */
export const writeRole = roles.write
/** @internal Forgets role `id` after a delete. */
export const forgetRole = roles.forget
/** @internal Refetches every role list (awaitable). */
export const invalidateRoleLists = roles.invalidateLists
