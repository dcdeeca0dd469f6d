// The generic layer inherits the engine's guarantees (see the other files here): a rollback undoes
// only its own change, out-of-order answers leave the newest server state, and an optimistic
// change cancels no fetch in flight.
import type { RolePage } from '@monite-kit/client'
import { describe, expect, it } from 'vitest'
import { createMoniteOptions } from '../../src'
import { createTestQueryClient, setupFakeMonite } from '../helpers'
import { answerGate, gatedPartner, run } from './gate'

const { world, fake } = setupFakeMonite()
const ops = createMoniteOptions()
const role = world.entities[0]!.roles[2]!
const path = { params: { path: { role_id: role.id } } }
const rolePath = new RegExp(`/roles/${role.id}$`)
const nameIn = (page: RolePage | undefined) => page?.data.find((r) => r.id === role.id)?.name

function setup() {
  const gate = answerGate(fake)
  const client = gatedPartner(world, gate)
  const queryClient = createTestQueryClient()
  const detail = ops.queryOptions(client, 'get', '/roles/{role_id}', path)
  const list = ops.queryOptions(client, 'get', '/roles', { params: { query: { limit: 100 } } })
  return { gate, client, queryClient, detail, list }
}

describe('the generic layer under concurrency', () => {
  it('a slow optimistic failure after a fast success leaves the success everywhere', async () => {
    const { gate, client, queryClient, detail, list } = setup()
    await queryClient.fetchQuery(detail)
    await queryClient.fetchQuery(list)
    const rename = ops.mutationOptions(client, queryClient, 'patch', '/roles/{role_id}', {
      optimistic: true,
    })
    const taken = world.entities[0]!.roles[0]!.name
    const slow = gate.hold('PATCH', rolePath)
    // B: refused (a duplicate name), answered last
    const b = run(queryClient, rename, { ...path, body: { name: taken } })
    await slow.arrived
    // A: accepted at once
    await run(queryClient, rename, { ...path, body: { name: 'A' } })
    slow.release()
    expect(await b).toMatchObject({ status: 409 })
    expect(queryClient.getQueryData(detail.queryKey)?.name).toBe('A')
    expect(nameIn(queryClient.getQueryData(list.queryKey))).toBe('A')
  })

  it('answers arriving out of order leave the newest state', async () => {
    const { gate, client, queryClient, detail } = setup()
    await queryClient.fetchQuery(detail)
    const rename = ops.mutationOptions(client, queryClient, 'patch', '/roles/{role_id}')
    const first = gate.hold('PATCH', rolePath)
    const older = run(queryClient, rename, { ...path, body: { name: 'first' } })
    await first.arrived
    await run(queryClient, rename, { ...path, body: { name: 'second' } })
    first.release()
    await older
    expect(fake.store.role(role.id)?.name).toBe('second')
    expect(queryClient.getQueryData(detail.queryKey)?.name).toBe('second')
  })

  it('an optimistic change cancels no list fetch in flight, and the page shows it', async () => {
    const { gate, client, queryClient, list } = setup()
    await queryClient.fetchQuery(list)
    const held = gate.hold('GET', /\/roles$/)
    const refetch = queryClient.refetchQueries({ queryKey: list.queryKey })
    await held.arrived
    const rename = ops.mutationOptions(client, queryClient, 'patch', '/roles/{role_id}', {
      optimistic: (current, { body }) => ({ ...current, name: `${body.name}…` }),
    })
    const gateAnswer = gate.hold('PATCH', rolePath)
    const pending = run(queryClient, rename, { ...path, body: { name: 'Saving' } })
    await gateAnswer.arrived
    held.release()
    await refetch
    expect(queryClient.getQueryState(list.queryKey)?.status).toBe('success')
    expect(nameIn(queryClient.getQueryData(list.queryKey))).toBe('Saving…')
    gateAnswer.release()
    await pending
    expect(nameIn(queryClient.getQueryData(list.queryKey))).toBe('Saving')
  })
})
