import type { EntityUser } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import { type UpdateEntityUserVariables, useUpdateEntityUser } from '../src'

describe('useUpdateEntityUser types', () => {
  it('takes { id, body }', () => {
    const m = useUpdateEntityUser()
    expectTypeOf(m.mutate).parameter(0).toEqualTypeOf<UpdateEntityUserVariables>()
    expectTypeOf(m.data).toEqualTypeOf<EntityUser | undefined>()
    m.mutate({ id: 'u1', body: { first_name: null, role_id: 'r1' } })
  })

  it('rejects bad variables', () => {
    const m = useUpdateEntityUser()
    // @ts-expect-error the id is required
    m.mutate({ body: { first_name: 'A' } })
    // @ts-expect-error status cannot be patched
    m.mutate({ id: 'u1', body: { status: 'deleted' } })
    // @ts-expect-error optimistic is a boolean
    useUpdateEntityUser({ optimistic: 'yes' })
  })
})
