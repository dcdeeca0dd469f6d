// The main entry, published as a "use client" module: everything of the React-free server entry
// (keys, query and mutation options, permission helpers, retry, types), plus what holds React
// state: the provider, `<Can>` and the hooks. test/serverEntry.test.ts checks the split.

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
export * from './index.server'
// Provider and client
export { MoniteProvider } from './MoniteProvider'
// The generic layer's hooks
export { createMoniteHooks } from './operations/createMoniteHooks'
// Permissions
export { Can } from './permissions/Can'
export { useIsActionAllowed } from './permissions/useIsActionAllowed'
export { usePermissions } from './permissions/usePermissions'
export { useMoniteClient } from './useMoniteClient'
