// Provider and client

// Mutation hooks
export { useCreateEntityUser } from './hooks/useCreateEntityUser'
export { useCreateRole } from './hooks/useCreateRole'
export { useDeleteEntityUser } from './hooks/useDeleteEntityUser'
export { useDeleteRole } from './hooks/useDeleteRole'
// Query hooks
export { useEntityUser } from './hooks/useEntityUser'
export { useEntityUsers } from './hooks/useEntityUsers'
export { useEntityUsersInfinite } from './hooks/useEntityUsersInfinite'
export { useMe } from './hooks/useMe'
export { useMyEntity } from './hooks/useMyEntity'
export { useMyRole } from './hooks/useMyRole'
export { useRole } from './hooks/useRole'
export { useRoles } from './hooks/useRoles'
export { useRolesInfinite } from './hooks/useRolesInfinite'
// Suspense query hooks
export { useSuspenseEntityUser } from './hooks/useSuspenseEntityUser'
export { useSuspenseEntityUsers } from './hooks/useSuspenseEntityUsers'
export { useSuspenseEntityUsersInfinite } from './hooks/useSuspenseEntityUsersInfinite'
export { useSuspenseMe } from './hooks/useSuspenseMe'
export { useSuspenseMyEntity } from './hooks/useSuspenseMyEntity'
export { useSuspenseMyRole } from './hooks/useSuspenseMyRole'
export { useSuspenseRole } from './hooks/useSuspenseRole'
export { useSuspenseRoles } from './hooks/useSuspenseRoles'
export { useSuspenseRolesInfinite } from './hooks/useSuspenseRolesInfinite'
export { useUpdateEntityUser } from './hooks/useUpdateEntityUser'
export { useUpdateMe } from './hooks/useUpdateMe'
export { useUpdateRole } from './hooks/useUpdateRole'
export { MoniteProvider, type MoniteProviderProps } from './MoniteProvider'
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
// Permissions
export { Can, type CanProps } from './permissions/Can'
export { getPermission } from './permissions/getPermission'
export { isActionAllowed } from './permissions/isActionAllowed'
export type {
  ActionOwnership,
  MoniteAction,
  MoniteObjectType,
  MonitePermission,
} from './permissions/types'
export { type IsActionAllowedResult, useIsActionAllowed } from './permissions/useIsActionAllowed'
export {
  type MonitePermissionsResult,
  type UsePermissionsOptions,
  usePermissions,
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
export { useMoniteClient } from './useMoniteClient'
