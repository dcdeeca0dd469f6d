import type { EntityUser } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import { type MoniteQueryError, useEntityUser, useSuspenseEntityUser } from '../src'

describe('useEntityUser types', () => {
  it('infers EntityUser or the select result', () => {
    expectTypeOf(useEntityUser('id').data).toEqualTypeOf<EntityUser | undefined>()
    expectTypeOf(useEntityUser('id', { select: (u) => u.status }).data).toEqualTypeOf<
      'active' | 'deleted' | undefined
    >()
    expectTypeOf(useSuspenseEntityUser('id').data).toEqualTypeOf<EntityUser>()
    expectTypeOf(useEntityUser('id').error).toEqualTypeOf<MoniteQueryError | null>()
  })

  it('needs a string id', () => {
    // @ts-expect-error the id is required
    useEntityUser()
    // @ts-expect-error the id is a string
    useEntityUser(42)
    // @ts-expect-error select sees an EntityUser, which has no `name`
    useEntityUser('id', { select: (u) => u.name })
  })
})
