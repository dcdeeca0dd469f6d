import type { EntityUserPage, MoniteApiError, MoniteClientError } from '@monite-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  entityUsersQueryOptions,
  type MoniteQueryError,
  type MoniteReactClient,
  useEntityUsers,
  useSuspenseEntityUsers,
} from '../src'

declare const client: MoniteReactClient
declare const queryClient: QueryClient

describe('useEntityUsers types', () => {
  it('infers the page, or what select returns', () => {
    expectTypeOf(useEntityUsers().data).toEqualTypeOf<EntityUserPage | undefined>()
    const logins = useEntityUsers({}, { select: (page) => page.data.map((u) => u.login) })
    expectTypeOf(logins.data).toEqualTypeOf<string[] | undefined>()
    expectTypeOf(useSuspenseEntityUsers().data).toEqualTypeOf<EntityUserPage>()
    expectTypeOf(
      useSuspenseEntityUsers({}, { select: (p) => p.data.length }).data,
    ).toEqualTypeOf<number>()
  })

  it('types errors as MoniteApiError | MoniteClientError', () => {
    expectTypeOf(useEntityUsers().error).toEqualTypeOf<MoniteQueryError | null>()
    expectTypeOf<MoniteQueryError>().toEqualTypeOf<MoniteApiError | MoniteClientError>()
  })

  it('tags the key so getQueryData is typed', () => {
    const data = queryClient.getQueryData(entityUsersQueryOptions(client).queryKey)
    expectTypeOf(data).toEqualTypeOf<EntityUserPage | undefined>()
  })

  it('rejects what does not fit', () => {
    // @ts-expect-error unknown filter
    useEntityUsers({ nope: 1 })
    // @ts-expect-error limit is a number
    useEntityUsers({ limit: '10' })
    // @ts-expect-error queryKey is owned by the hook
    useEntityUsers({}, { queryKey: ['x'] })
    // @ts-expect-error select receives a page, not an array
    useEntityUsers({}, { select: (users: string[]) => users })
    // @ts-expect-error suspense hooks take no `enabled`
    useSuspenseEntityUsers({}, { enabled: false })
  })
})
