// The fake's engine on entity users with 10,000 stored: median latency of one get, one list page
// and one create through `fake.fetch` (routing, auth, validation, permissions, the store, the
// response), as ratios against a bare handler that answers a Map lookup as a JSON Response (what
// the thinnest hand-written mock costs).
import { createFakeMonite, createWorld } from '@monite-kit/fixtures'
import { fmtMs, medianOf } from '../measure'
import type { Row } from '../report'

const USERS = 10_000
const REPS = 301

export async function fakeEngineBenchmarks(): Promise<Row[]> {
  const group = 'Fake engine: entity users, 10,000 stored'
  const world = createWorld({ seed: 1, entities: 1, rolesPerEntity: 10, usersPerEntity: USERS })
  const entity = world.entities[0]!
  const fake = createFakeMonite({ world })
  const token = fake.issueToken({ type: 'partner' }).access_token
  const headers = {
    authorization: `Bearer ${token}`,
    'x-monite-version': '2024-05-25',
    'x-monite-entity-id': entity.id,
    'content-type': 'application/json',
  }
  const ids = entity.users.map((u) => u.id)
  const url = (path: string) => `${fake.baseUrl}${path}`

  // Baseline: the same request shape answered by a Map lookup, no engine.
  const byId = new Map(entity.users.map((u) => [u.id, u]))
  const bare = async (request: Request) => {
    const id = new URL(request.url).pathname.split('/').pop() ?? ''
    return new Response(JSON.stringify(byId.get(id)), {
      headers: { 'content-type': 'application/json' },
    })
  }
  const get = (i: number) => url(`/entity_users/${ids[(i * 7919) % ids.length]}`)
  const bareMs = await medianOf(REPS, async (i) => {
    await (await bare(new Request(get(i), { headers }))).json()
  })
  const getMs = await medianOf(REPS, async (i) => {
    await (await fake.fetch(get(i), { headers })).json()
  })
  const listMs = await medianOf(REPS, async () => {
    await (await fake.fetch(url('/entity_users?limit=100'), { headers })).json()
  })
  const createMs = await medianOf(REPS, async (i) => {
    const response = await fake.fetch(url('/entity_users'), {
      method: 'POST',
      headers,
      body: JSON.stringify({
        login: `bench-${i}`,
        first_name: 'Bench',
        role_id: entity.roles[0]!.id,
      }),
    })
    if (response.status !== 200) throw new Error(`create answered ${response.status}`)
    await response.json()
  })
  fake.reset()

  const baseline = 'bare handler: Map.get + JSON Response'
  const row = (name: string, ms: number): Row => ({
    group,
    name,
    value: fmtMs(ms),
    ratio: ms / bareMs,
    baseline,
  })
  return [
    row('bare handler (baseline): one user by id', bareMs),
    row('fake.fetch GET /entity_users/{id} (median)', getMs),
    row('fake.fetch GET /entity_users?limit=100 (median)', listMs),
    row('fake.fetch POST /entity_users (median)', createMs),
  ]
}
