import type { EntityUserPage } from '@monite-kit/client'
import type { InfiniteData } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type EntityUsersInfiniteData,
  type MonitePageParam,
  type MoniteQueryError,
  useEntityUsersInfinite,
  useRolesInfinite,
  useSuspenseEntityUsersInfinite,
} from '../src'

describe('useEntityUsersInfinite types', () => {
  it('infers InfiniteData with string | null page params', () => {
    const result = useEntityUsersInfinite()
    expectTypeOf(result.data).toEqualTypeOf<EntityUsersInfiniteData | undefined>()
    expectTypeOf<EntityUsersInfiniteData>().toEqualTypeOf<
      InfiniteData<EntityUserPage, string | null>
    >()
    expectTypeOf<MonitePageParam>().toEqualTypeOf<string | null>()
    expectTypeOf(result.error).toEqualTypeOf<MoniteQueryError | null>()
    expectTypeOf(useSuspenseEntityUsersInfinite().data).toEqualTypeOf<EntityUsersInfiniteData>()
  })

  it('lets select reshape the data', () => {
    const flat = useEntityUsersInfinite({}, { select: (d) => d.pages.flatMap((p) => p.data) })
    expectTypeOf(flat.data).toEqualTypeOf<EntityUserPage['data'] | undefined>()
    const names = useRolesInfinite(
      {},
      { select: (d) => d.pages.flatMap((p) => p.data.map((r) => r.name)) },
    )
    expectTypeOf(names.data).toEqualTypeOf<string[] | undefined>()
  })

  it('owns the cursor functions', () => {
    // @ts-expect-error getNextPageParam follows Monite's tokens
    useEntityUsersInfinite({}, { getNextPageParam: () => undefined })
    // @ts-expect-error initialPageParam is owned too
    useEntityUsersInfinite({}, { initialPageParam: 'x' })
  })
})
