import type { Role, RolePage } from '@monite-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type MoniteReactClient,
  type RolesInfiniteData,
  roleQueryOptions,
  useRole,
  useRoles,
  useRolesInfinite,
  useSuspenseRole,
} from '../src'

declare const client: MoniteReactClient
declare const queryClient: QueryClient

describe('roles hooks types', () => {
  it('infers data', () => {
    expectTypeOf(useRoles().data).toEqualTypeOf<RolePage | undefined>()
    expectTypeOf(useRole('id').data).toEqualTypeOf<Role | undefined>()
    expectTypeOf(useSuspenseRole('id', { select: (r) => r.name }).data).toEqualTypeOf<string>()
    expectTypeOf(useRolesInfinite().data).toEqualTypeOf<RolesInfiniteData | undefined>()
    expectTypeOf(queryClient.getQueryData(roleQueryOptions(client, 'id').queryKey)).toEqualTypeOf<
      Role | undefined
    >()
  })

  it('rejects bad params', () => {
    // @ts-expect-error roles sort by created_at or updated_at only
    useRoles({ sort: 'name' })
    // @ts-expect-error entity-user filters do not apply to roles
    useRoles({ role_id: 'x' })
  })
})
