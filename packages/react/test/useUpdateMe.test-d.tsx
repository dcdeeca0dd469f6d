import type { EntityUser, UpdateMeInput } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import { useUpdateMe } from '../src'

describe('useUpdateMe types', () => {
  it('takes the profile body', () => {
    const m = useUpdateMe()
    expectTypeOf(m.mutate).parameter(0).toEqualTypeOf<UpdateMeInput>()
    expectTypeOf(m.data).toEqualTypeOf<EntityUser | undefined>()
  })

  it('does not let a user change their own role or login', () => {
    // @ts-expect-error role_id is not part of PATCH /entity_users/me
    useUpdateMe().mutate({ role_id: 'r1' })
    // @ts-expect-error login is not part of PATCH /entity_users/me
    useUpdateMe().mutate({ login: 'x' })
  })
})
