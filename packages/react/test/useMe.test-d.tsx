import type { Entity, EntityUser, Role } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type MoniteReactClient,
  meQueryOptions,
  useMe,
  useMyEntity,
  useMyRole,
  useSuspenseMyRole,
} from '../src'

declare const client: MoniteReactClient

describe('session hooks types', () => {
  it('infers data', () => {
    expectTypeOf(useMe().data).toEqualTypeOf<EntityUser | undefined>()
    expectTypeOf(useMyRole().data).toEqualTypeOf<Role | undefined>()
    expectTypeOf(useMyEntity().data).toEqualTypeOf<Entity | undefined>()
    expectTypeOf(useSuspenseMyRole({ select: (r) => r.permissions }).data).toEqualTypeOf<
      Role['permissions']
    >()
  })

  it('takes only options, no params', () => {
    // @ts-expect-error useMe has no params
    useMe({ limit: 1 })
    // @ts-expect-error scope is a string
    meQueryOptions(client, { scope: 1 })
  })
})
