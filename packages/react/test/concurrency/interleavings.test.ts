import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  entityUserQueryOptions,
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
