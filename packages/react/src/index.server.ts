// The React-free entry, served under the `react-server` export condition (React Server Components,
// Next.js route handlers and server actions): everything that neither holds React state nor calls
// a hook. The main entry (index.ts) re-exports all of it and adds the provider, `<Can>` and the
// hooks; test/serverEntry.test.ts checks the split.

// The generic layer: option builders for every operation (the hooks are in the main entry)
export type { MoniteCacheRule } from './internal/restRoute'
export type { MoniteProviderProps } from './MoniteProvider'
// Keys, retry
export {
  type EntityUserDetailKey,
  type EntityUsersAllKey,
  type EntityUsersDetailsKey,
  type EntityUsersInfiniteKey,
  type EntityUsersListKey,
  type EntityUsersListsKey,
  type MeKey,
  type MoniteAllKey,
  type MoniteEntityKey,
  type MoniteKeyTarget,
  type MonitePathKey,
  type MoniteSessionKey,
  type MyEntityKey,
  type MyRoleKey,
  moniteKeys,
  type RoleDetailKey,
  type RolesAllKey,
  type RolesDetailsKey,
  type RolesInfiniteKey,
  type RolesListKey,
  type RolesListsKey,
} from './moniteKeys'
export { moniteRetry } from './moniteRetry'
export { moniteRetryDelay } from './moniteRetryDelay'
// Mutation options
export { createEntityUserMutationOptions } from './mutations/createEntityUserMutationOptions'
export { createRoleMutationOptions } from './mutations/createRoleMutationOptions'
export { deleteEntityUserMutationOptions } from './mutations/deleteEntityUserMutationOptions'
export { deleteRoleMutationOptions } from './mutations/deleteRoleMutationOptions'
export { updateEntityUserMutationOptions } from './mutations/updateEntityUserMutationOptions'
export { updateMeMutationOptions } from './mutations/updateMeMutationOptions'
export { updateRoleMutationOptions } from './mutations/updateRoleMutationOptions'
export type {
  MoniteCacheRules,
  MoniteInfiniteQueryOptionsBuilder,
  MoniteMutationOptionsBuilder,
  MoniteOperationInfiniteQueryOptions,
  MoniteOperationMutationOptions,
  MoniteOperationQueryOptions,
  MoniteOperationsConfig,
  MoniteOptionsBuilders,
  MoniteQueryOptionsBuilder,
  MoniteVariables,
} from './operations/builderTypes'
export type { MoniteOperationsClient } from './operations/client'
export { createMoniteOptions } from './operations/createMoniteOptions'
export type { MoniteHooks } from './operations/hookTypes'
export type {
  MoniteCursorPaths,
  MoniteData,
  MoniteHttpMethod,
  MoniteInfiniteData,
  MoniteInit,
  MoniteInitArg,
  MoniteOperation,
  MonitePathsWith,
} from './operations/types'
export type { CanProps } from './permissions/Can'
// Permissions
export { getPermission } from './permissions/getPermission'
export { isActionAllowed } from './permissions/isActionAllowed'
export type {
  ActionOwnership,
  MoniteAction,
  MoniteObjectType,
  MonitePermission,
} from './permissions/types'
export type { IsActionAllowedResult } from './permissions/useIsActionAllowed'
export type {
  MonitePermissionsResult,
  UsePermissionsOptions,
} from './permissions/usePermissions'
// Query options
export { entityUserQueryOptions } from './queries/entityUserQueryOptions'
export { entityUsersInfiniteQueryOptions } from './queries/entityUsersInfiniteQueryOptions'
export { entityUsersQueryOptions } from './queries/entityUsersQueryOptions'
export { meQueryOptions } from './queries/meQueryOptions'
export { myEntityQueryOptions } from './queries/myEntityQueryOptions'
export { myRoleQueryOptions } from './queries/myRoleQueryOptions'
export { roleQueryOptions } from './queries/roleQueryOptions'
export { rolesInfiniteQueryOptions } from './queries/rolesInfiniteQueryOptions'
export { rolesQueryOptions } from './queries/rolesQueryOptions'
export { resolveMoniteScope } from './resolveMoniteScope'
// Types
export type {
  EntityUsersInfiniteData,
  MoniteInfiniteQueryOptions,
  MoniteMutationOptions,
  MoniteOnMutateResult,
  MonitePageParam,
  MoniteQueryError,
  MoniteQueryOptions,
  MoniteReactClient,
  MoniteScopeOptions,
  MoniteSuspenseInfiniteQueryOptions,
  MoniteSuspenseQueryOptions,
  RolesInfiniteData,
  UpdateEntityUserVariables,
  UpdateRoleVariables,
} from './types'
