import type { EntityUser, Role } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import { type MonitePermission, type MoniteQueryError, usePermissions } from '../src'

describe('usePermissions types', () => {
  it('exposes typed data and checks', () => {
    const p = usePermissions()
    expectTypeOf(p.me).toEqualTypeOf<EntityUser | undefined>()
    expectTypeOf(p.role).toEqualTypeOf<Role | undefined>()
    expectTypeOf(p.error).toEqualTypeOf<MoniteQueryError | null>()
    expectTypeOf(p.getPermission('payable', 'pay')).toEqualTypeOf<MonitePermission | undefined>()
    expectTypeOf(p.isActionAllowed('role', 'read', { ownerId: 'u' })).toEqualTypeOf<boolean>()
  })

  it('types actions by object type', () => {
    const p = usePermissions()
    // @ts-expect-error 'approve' is payable-only
    p.isActionAllowed('entity_user', 'approve')
    // @ts-expect-error unknown object type
    p.getPermission('spaceship', 'read')
  })
})
