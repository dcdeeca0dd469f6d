import type { CreateEntityUserInput, EntityUser } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import { type MoniteOnMutateResult, type MoniteQueryError, useCreateEntityUser } from '../src'

describe('useCreateEntityUser types', () => {
  it('infers data, error and variables', () => {
    const m = useCreateEntityUser()
    expectTypeOf(m.data).toEqualTypeOf<EntityUser | undefined>()
    expectTypeOf(m.error).toEqualTypeOf<MoniteQueryError | null>()
    expectTypeOf(m.mutate).parameter(0).toEqualTypeOf<CreateEntityUserInput>()
  })

  it("passes the caller's onMutate result to their callbacks", () => {
    const m = useCreateEntityUser({
      onMutate: () => ({ toast: 't1' }),
      onError: (_e, _v, ctx) => {
        expectTypeOf(ctx).toEqualTypeOf<{ toast: string } | undefined>()
      },
    })
    expectTypeOf(m.context).toEqualTypeOf<MoniteOnMutateResult<{ toast: string }> | undefined>()
  })

  it('rejects bad variables', () => {
    const m = useCreateEntityUser()
    // @ts-expect-error login is required
    m.mutate({ first_name: 'Ada' })
    // @ts-expect-error unknown property
    m.mutate({ first_name: 'Ada', login: 'ada', admin: true })
    // @ts-expect-error mutationFn is owned by the hook
    useCreateEntityUser({ mutationFn: async () => ({}) as EntityUser })
  })
})
