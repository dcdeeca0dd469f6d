import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  deleteEntityUserMutationOptions,
  entityUserQueryOptions,
  entityUsersInfiniteQueryOptions,
  entityUsersQueryOptions,
  updateEntityUserMutationOptions,
} from '../../src'
import { createTestQueryClient, setupFakeMonite } from '../helpers'
import { answerGate, gatedPartner, run } from './gate'

const { world, fake } = setupFakeMonite()
const entity = world.entities[0]!
const [target, ...others] = entity.users

/** One PATCH: accepted (a new first name) or refused by Monite (another user's login: 409). */
const patchArb = fc.oneof(
  fc.record({ first_name: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({
    first_name: fc.string({ minLength: 1, maxLength: 8 }),
    login: fc.constantFrom(...others.slice(0, 3).map((u) => u.login)),
  }),
)

describe('any interleaving of concurrent PATCHes ends on the server state', () => {
  it('sent in order, answered in any order, optimistic or not, with a detail read among them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(patchArb, { minLength: 2, maxLength: 5 }),
        fc.boolean(),
        fc.option(fc.nat({ max: 5 }), { nil: undefined }),
        fc.infiniteStream(fc.nat()),
        async (bodies, optimistic, readAt, picks) => {
          const gate = answerGate(fake)
          const client = gatedPartner(world, gate)
          const queryClient = createTestQueryClient()
          const detail = entityUserQueryOptions(client, target!.id)
          const list = entityUsersQueryOptions(client, { limit: 100 })
          await queryClient.fetchQuery(detail)
          await queryClient.fetchQuery(list)
          const update = updateEntityUserMutationOptions(client, queryClient, { optimistic })
          const refused = new Set(others.map((u) => u.login))

          const held = []
          const settled: Promise<unknown>[] = []
          const path = new RegExp(`/entity_users/${target!.id}$`)
          const readIndex = readAt === undefined ? -1 : Math.min(readAt, bodies.length)
          for (let i = 0; i <= bodies.length; i++) {
            if (i === readIndex) {
              // a detail refetch sent between two PATCHes (it reads the state of that moment)
              const answer = gate.hold('GET', path)
              settled.push(queryClient.refetchQueries({ queryKey: detail.queryKey, exact: true }))
              await answer.arrived
              held.push(answer)
            }
            const body = bodies[i]
            if (!body) continue
            const answer = gate.hold('PATCH', path)
            settled.push(run(queryClient, update, { id: target!.id, body }))
            await answer.arrived
            held.push(answer)
          }
          const patchOf = (i: number) => bodies[i - (readIndex >= 0 && i > readIndex ? 1 : 0)]
          // answers arrive in an order drawn by fast-check
          const order = [...held.keys()]
          const it = picks[Symbol.iterator]()
          while (order.length > 0) {
            const [index] = order.splice((it.next().value as number) % order.length, 1)
            held[index!]!.release()
            await settled[index!]
            // never a login Monite refused, whatever is still in flight
            const shown = queryClient.getQueryData(detail.queryKey)
            const stillRefusable = order.some((i) => {
              const body = i === readIndex ? undefined : patchOf(i)
              return body !== undefined && 'login' in body && body.login === shown?.login
            })
            if (!stillRefusable) expect(refused.has(shown?.login ?? '')).toBe(false)
          }

          const server = fake.store.user(target!.id)!
          const inList = queryClient
            .getQueryData(list.queryKey)
            ?.data.find((u) => u.id === target!.id)
          for (const copy of [queryClient.getQueryData(detail.queryKey), inList]) {
            expect(copy).toMatchObject({
              first_name: server.first_name,
              login: server.login,
              updated_at: server.updated_at,
            })
          }
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('any interleaving of updates and deletes of several users ends on the server list', () => {
  const users = entity.users.slice(0, 4)
  const taken = entity.users[10]!.login
  const opArb = fc.record({
    user: fc.nat({ max: users.length - 1 }),
    kind: fc.constantFrom('update' as const, 'delete' as const),
    accepted: fc.boolean(),
    name: fc.string({ minLength: 1, maxLength: 6 }),
  })

  it('cached lists (a page and infinite pages, not refetched) keep order, drop only what Monite deleted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 2, maxLength: 6 }),
        fc.infiniteStream(fc.nat()),
        async (ops, picks) => {
          fake.reset()
          const gate = answerGate(fake)
          const client = gatedPartner(world, gate)
          const queryClient = createTestQueryClient()
          const list = entityUsersQueryOptions(client, { limit: 100 })
          const pages = entityUsersInfiniteQueryOptions(client, { limit: 3 })
          await queryClient.fetchQuery(list)
          await queryClient.fetchInfiniteQuery({ ...pages, pages: 2 })
          const idsOf = (items: { id: string }[]) => items.map((u) => u.id)
          const pageIds = idsOf(queryClient.getQueryData(list.queryKey)!.data)
          const infiniteIds = idsOf(
            queryClient.getQueryData(pages.queryKey)!.pages.flatMap((p) => p.data),
          )
          const update = updateEntityUserMutationOptions(client, queryClient)
          const remove = deleteEntityUserMutationOptions(client, queryClient)

          const held = []
          const settled: Promise<unknown>[] = []
          for (const op of ops) {
            const id = users[op.user]!.id
            const answer = gate.hold(
              op.kind === 'update' ? 'PATCH' : 'DELETE',
              new RegExp(`/entity_users/${id}$`),
            )
            if (op.kind === 'update') {
              const body = op.accepted
                ? { first_name: op.name }
                : { first_name: op.name, login: taken }
              settled.push(run(queryClient, update, { id, body }))
            } else {
              if (!op.accepted)
                fake.control.failNext('DELETE /entity_users/{entity_user_id}', { status: 409 })
              settled.push(run(queryClient, remove, id))
            }
            await answer.arrived
            held.push(answer)
          }
          const order = [...held.keys()]
          const it = picks[Symbol.iterator]()
          while (order.length > 0) {
            const [index] = order.splice((it.next().value as number) % order.length, 1)
            held[index!]!.release()
            await settled[index!]
          }

          const server = (id: string) => fake.store.user(id)
          const expected = (ids: string[]) =>
            ids
              .filter((id) => server(id))
              .map((id) => {
                const u = server(id)!
                return { id, first_name: u.first_name, login: u.login, updated_at: u.updated_at }
              })
          const shape = (
            items: { id: string; first_name?: string; login: string; updated_at: string }[],
          ) =>
            items.map(({ id, first_name, login, updated_at }) => ({
              id,
              first_name,
              login,
              updated_at,
            }))
          // the same users in the same order, less the ones Monite deleted, each as Monite has it
          expect(shape(queryClient.getQueryData(list.queryKey)!.data)).toEqual(expected(pageIds))
          const infinite = queryClient.getQueryData(pages.queryKey)!.pages.flatMap((p) => p.data)
          expect(shape(infinite)).toEqual(expected(infiniteIds))
        },
      ),
      { numRuns: 40 },
    )
  })
})
