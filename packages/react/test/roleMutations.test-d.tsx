import type { CreateRoleInput, Role } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type MoniteQueryError,
  type UpdateRoleVariables,
  useCreateRole,
  useDeleteRole,
  useUpdateRole,
} from '../src'

describe('role mutation types', () => {
  it('infers data, error and variables', () => {
    expectTypeOf(useCreateRole().mutate).parameter(0).toEqualTypeOf<CreateRoleInput>()
    expectTypeOf(useCreateRole().data).toEqualTypeOf<Role | undefined>()
    expectTypeOf(useUpdateRole().mutate).parameter(0).toEqualTypeOf<UpdateRoleVariables>()
    expectTypeOf(useDeleteRole().mutate).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(useDeleteRole().mutateAsync).returns.resolves.toBeVoid()
    expectTypeOf(useDeleteRole().error).toEqualTypeOf<MoniteQueryError | null>()
  })

  it('rejects bad variables', () => {
    // @ts-expect-error permissions are required
    useCreateRole().mutate({ name: 'x' })
    const badValue = {
      object_type: 'role' as const,
      actions: [{ action_name: 'read' as const, permission: 'yes' as const }],
    }
    const badAction = {
      object_type: 'role' as const,
      actions: [{ action_name: 'pay' as const, permission: 'allowed' as const }],
    }
    const patch = { permissions: { objects: [badValue] } }
    const create = { name: 'x', permissions: { objects: [badAction] } }
    // @ts-expect-error a permission value must be one of Monite's
    useUpdateRole().mutate({ id: 'r', body: patch })
    // @ts-expect-error payable actions do not apply to roles
    useCreateRole().mutate(create)
    // @ts-expect-error delete takes the id
    useDeleteRole().mutate({ id: 'r' })
  })
})
