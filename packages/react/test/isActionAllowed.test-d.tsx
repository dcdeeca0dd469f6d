import type { RolePermissions } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import {
  Can,
  getPermission,
  isActionAllowed,
  type MoniteAction,
  type MonitePermission,
  useIsActionAllowed,
} from '../src'

declare const permissions: RolePermissions

describe('permission types', () => {
  it('types actions by object type', () => {
    expectTypeOf<MoniteAction<'payable'>>().toEqualTypeOf<
      | 'create'
      | 'read'
      | 'update'
      | 'delete'
      | 'pay'
      | 'approve'
      | 'cancel'
      | 'submit'
      | 'create_from_mail'
      | 'reopen'
    >()
    expectTypeOf<MoniteAction<'role'>>().toEqualTypeOf<'create' | 'read' | 'update' | 'delete'>()
    expectTypeOf(getPermission(permissions, 'role', 'read')).toEqualTypeOf<MonitePermission>()
    expectTypeOf(isActionAllowed(permissions, 'payable', 'approve')).toEqualTypeOf<boolean>()
  })

  it('rejects unknown object types and actions of another type', () => {
    // @ts-expect-error 'approve' is a payable action only
    isActionAllowed(permissions, 'role', 'approve')
    // @ts-expect-error unknown object type
    isActionAllowed(permissions, 'invoice', 'read')
    // @ts-expect-error unknown action
    useIsActionAllowed('entity_user', 'fly')
    // @ts-expect-error ownerId must be a string
    isActionAllowed(permissions, 'role', 'read', { ownerId: 1 })
  })

  it('types the hook and <Can>', () => {
    expectTypeOf(useIsActionAllowed('payable', 'pay').data).toEqualTypeOf<boolean | undefined>()
    ;<Can objectType="payable" action="approve" />
    // @ts-expect-error 'pay' is not an action of 'role'
    ;<Can objectType="role" action="pay" />
  })
})
