import { permissionPresets } from '@monite-kit/fixtures'
import { describe, expect, it } from 'vitest'
import { getPermission, isActionAllowed } from '../src'

describe('isActionAllowed (pure)', () => {
  it('admin may do everything', () => {
    const p = permissionPresets.admin
    expect(isActionAllowed(p, 'entity_user', 'delete')).toBe(true)
    expect(isActionAllowed(p, 'payable', 'pay')).toBe(true)
    expect(isActionAllowed(p, 'role', 'create')).toBe(true)
  })

  it('read only may only read', () => {
    const p = permissionPresets.readOnly
    expect(isActionAllowed(p, 'entity_user', 'read')).toBe(true)
    expect(isActionAllowed(p, 'entity_user', 'update')).toBe(false)
    expect(isActionAllowed(p, 'payable', 'approve')).toBe(false)
  })

  it('own records only: allowed_for_own needs ownerId === userId', () => {
    const p = permissionPresets.ownRecordsOnly
    expect(getPermission(p, 'entity_user', 'update')).toBe('allowed_for_own')
    expect(isActionAllowed(p, 'entity_user', 'update', { ownerId: 'u1', userId: 'u1' })).toBe(true)
    expect(isActionAllowed(p, 'entity_user', 'update', { ownerId: 'u2', userId: 'u1' })).toBe(false)
    expect(isActionAllowed(p, 'entity_user', 'update', { userId: 'u1' })).toBe(false)
    expect(isActionAllowed(p, 'entity_user', 'update', { ownerId: null, userId: 'u1' })).toBe(false)
    expect(isActionAllowed(p, 'payable', 'approve', { ownerId: 'u1' })).toBe(false)
    expect(isActionAllowed(p, 'payable', 'create')).toBe(true)
  })

  it('allowed_for_own create without an owner is allowed (you own what you create)', () => {
    const p = {
      objects: [
        {
          object_type: 'counterpart' as const,
          actions: [{ action_name: 'create' as const, permission: 'allowed_for_own' as const }],
        },
      ],
    }
    expect(isActionAllowed(p, 'counterpart', 'create')).toBe(true)
    expect(isActionAllowed(p, 'counterpart', 'create', { ownerId: 'x', userId: 'y' })).toBe(false)
  })

  it('payables approver may approve and pay payables, read some objects, nothing else', () => {
    const p = permissionPresets.payablesApprover
    expect(isActionAllowed(p, 'payable', 'approve')).toBe(true)
    expect(isActionAllowed(p, 'payable', 'pay')).toBe(true)
    expect(isActionAllowed(p, 'payable', 'create')).toBe(false)
    expect(isActionAllowed(p, 'entity_user', 'read')).toBe(true)
    expect(isActionAllowed(p, 'role', 'read')).toBe(false)
  })

  it('no access, missing permissions and unlisted objects deny', () => {
    expect(isActionAllowed(permissionPresets.noAccess, 'entity_user', 'read')).toBe(false)
    expect(isActionAllowed(undefined, 'entity_user', 'read')).toBe(false)
    expect(isActionAllowed({}, 'entity_user', 'read')).toBe(false)
    expect(isActionAllowed({ objects: [{ object_type: 'role' }] }, 'role', 'read')).toBe(false)
    expect(getPermission(null, 'payable', 'pay')).toBe('not_allowed')
  })
})
