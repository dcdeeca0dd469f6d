// The generic layer over the project's spec for counterparts and payables (the actions included).
import type { components, paths } from '@monite-kit/client'
import type { InfiniteData } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import { createMoniteHooks, type MoniteCursorPaths, type MoniteQueryError } from '../../src'

type Schemas = components['schemas']
const monite = createMoniteHooks()
const payable = { params: { path: { payable_id: 'p1' } } }

describe('createMoniteHooks over the project spec: payables and counterparts', () => {
  it('offers the collections, items and actions, and refuses what is not there', () => {
    monite.useQuery('get', '/payables')
    monite.useQuery('get', '/counterparts')
    monite.useMutation('post', '/payables/{payable_id}/submit_for_approval')
    monite.useMutation('post', '/payables/{payable_id}/reject')
    monite.useMutation('post', '/payables/{payable_id}/mark_as_paid')
    // @ts-expect-error an action is a POST
    monite.useQuery('get', '/payables/{payable_id}/cancel', payable)
    // @ts-expect-error no such action
    monite.useMutation('post', '/payables/{payable_id}/archive')
  })

  it('types the data, the params and the error of each operation', () => {
    expectTypeOf(monite.useQuery('get', '/payables/{payable_id}', payable).data).toEqualTypeOf<
      Schemas['PayableResponseSchema'] | undefined
    >()
    // @ts-expect-error payable_id is required
    monite.useQuery('get', '/payables/{payable_id}')
    const cancel = monite.useMutation('post', '/payables/{payable_id}/cancel')
    cancel.mutate(payable)
    // @ts-expect-error the payable id is required
    cancel.mutate({})
    expectTypeOf(cancel.data).toEqualTypeOf<Schemas['PayableResponseSchema'] | undefined>()
    expectTypeOf(cancel.error).toEqualTypeOf<MoniteQueryError | null>()
    const approve = monite.useMutation('post', '/payables/{payable_id}/approve_payment_operation')
    expectTypeOf(approve.variables).toEqualTypeOf<typeof payable | undefined>()
    const statuses = monite.useQuery('get', '/payables', undefined, {
      select: (page) => page.data.map((p) => p.status),
    })
    expectTypeOf(statuses.data).toEqualTypeOf<Schemas['PayableStateEnum'][] | undefined>()
  })

  it('pages payables and counterparts with Monite cursors', () => {
    expectTypeOf<MoniteCursorPaths<paths>>().toEqualTypeOf<
      '/entity_users' | '/roles' | '/counterparts' | '/payables'
    >()
    expectTypeOf(monite.useInfiniteQuery('get', '/payables').data).toEqualTypeOf<
      InfiniteData<Schemas['PayablePaginationResponse'], string | null> | undefined
    >()
    // @ts-expect-error an item has no cursor
    monite.useInfiniteQuery('get', '/payables/{payable_id}', payable)
  })
})
