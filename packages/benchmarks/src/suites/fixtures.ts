// Fixtures and fake API scale: a 10,000-user world and filtered, paginated list calls through
// the client against the fake API, as ratios against building 10,000 plain objects.
// (@monite-kit/fixtures also has its own `bench` script; these figures are the ones that go into
// BENCHMARKS.md.)
import { createMoniteClient } from '@monite-kit/client'
import { createFakeMonite, createFakeMoniteCore, createWorld } from '@monite-kit/fixtures'
import { demoWorldOptions } from '../bundle'
import { fmtMs, medianOf } from '../measure'
import type { Row } from '../report'

const USERS = 10_000

function plainUsers(n: number) {
  const out = new Array(n)
  for (let i = 0; i < n; i++) {
    out[i] = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      created_at: '2024-05-25T10:00:00.000Z',
      updated_at: '2024-05-25T10:00:00.000Z',
      email: `user${i}@example.com`,
      first_name: 'First',
      last_name: 'Last',
      login: `user${i}`,
      phone: '+10000000000',
      role_id: '00000000-0000-4000-8000-000000000000',
      status: 'active',
      userpic_file_id: null,
    }
  }
  return out
}

export async function fixturesBenchmarks(): Promise<Row[]> {
  const group = 'Fixtures and fake API'
  const n = USERS.toLocaleString('en-US')
  const worldOptions = { seed: 1, entities: 1, rolesPerEntity: 10, usersPerEntity: USERS }

  await medianOf(11, () => plainUsers(USERS))
  const plain = await medianOf(101, () => plainUsers(USERS))
  const worldMs = await medianOf(3, () => createWorld(worldOptions))
  const world = createWorld(worldOptions)
  const fakeMs = await medianOf(3, () => createFakeMonite({ world }))

  // #16: what a browser pays at start-up for the demo world built ahead of time, against building
  // it with faker there.
  await medianOf(5, () => createWorld(demoWorldOptions))
  const demoMs = await medianOf(21, () => createWorld(demoWorldOptions))
  const demoJson = JSON.stringify(createWorld(demoWorldOptions))
  const prebuiltMs = await medianOf(21, () => createFakeMoniteCore(JSON.parse(demoJson)))
  const fakerStartMs = await medianOf(21, () =>
    createFakeMonite({ world: createWorld(demoWorldOptions) }),
  )

  const fake = createFakeMonite({ world })
  const entity = world.entities[0]!
  const role = entity.roles[3]!
  const client = createMoniteClient({
    baseUrl: fake.baseUrl,
    entityId: entity.id,
    auth: { type: 'partner', ...world.partner },
    fetch: (request) => fake.fetch(request),
  })
  const query = {
    role_id: role.id,
    name__istartswith: 'a',
    sort: 'updated_at',
    order: 'desc',
    limit: 100,
  } as const
  let nextToken: string | null | undefined = null
  const first = async () => {
    const page = await client.entityUsers.list(query)
    nextToken = page.next_pagination_token
  }
  await medianOf(5, first) // token, warm-up
  const firstMs = await medianOf(21, first)
  const nextMs = await medianOf(21, async () => {
    if (!nextToken) return first()
    await client.entityUsers.list({ pagination_token: nextToken, limit: 100 })
  })
  const unfilteredMs = await medianOf(21, () => client.entityUsers.list({ limit: 100 }))
  fake.reset()

  const row = (name: string, ms: number): Row => ({
    group,
    name,
    value: fmtMs(ms),
    ratio: ms / plain,
    baseline: `${n} plain objects`,
  })
  return [
    row(`build ${n} plain user objects (baseline)`, plain),
    row(`createWorld: ${n} users, 10 roles (faker, unique logins)`, worldMs),
    row(`createFakeMonite over that world`, fakeMs),
    row(
      'client.entityUsers.list via fake: role_id + name__istartswith, sorted, limit 100',
      firstMs,
    ),
    row('client.entityUsers.list via fake: next page by pagination_token', nextMs),
    row('client.entityUsers.list via fake: unfiltered page of 100', unfilteredMs),
    {
      group,
      name: 'createWorld: the example’s demo world (6 roles, 24 users, faker)',
      value: fmtMs(demoMs),
      ratio: 1,
      baseline: 'itself',
    },
    {
      group,
      name: 'start a fake over that world as JSON: JSON.parse + createFakeMoniteCore (no faker)',
      value: fmtMs(prebuiltMs),
      ratio: prebuiltMs / fakerStartMs,
      baseline: `createWorld + createFakeMonite (${fmtMs(fakerStartMs)})`,
    },
  ]
}
