// Entity users served two ways in one run, with 10,000 stored: (a) by today's hand-written
// entity-users module (`createFakeMonite`, as the fake-engine suite) and (b) by the generic
// document engine alone over the same document (the project's spec, no hand-written resource:
// `createDocumentOnlyFake`, an internal export of the fixtures kept for this comparison).
// Each operation's calls alternate between the two fakes, so load on the shared machine falls
// on both alike; the ratio is (b)'s median over (a)'s, against the goal of issue #16.
import { readFileSync } from 'node:fs'
import {
  createDocumentOnlyFake,
  createFakeMonite,
  createWorld,
  type FakeMonite,
  type OpenApiDocument,
} from '@monite-kit/fixtures'
import { parse } from 'yaml'
import { fmtMs, median, now } from '../measure'
import { projectSpecPath } from '../paths'
import type { Row } from '../report'

const USERS = 10_000
const REPS = 201
const WARM_UP = 20
const GOAL = 1.2

/** Medians of `a(i)` and `b(i)` over `reps` calls each, alternating which goes first. */
async function sideBySide(
  reps: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []]
  const timed = async (which: 0 | 1, i: number) => {
    const start = now()
    await (which === 0 ? a : b)(i)
    times[which].push(now() - start)
  }
  for (let i = 0; i < WARM_UP; i++) {
    await a(reps + i)
    await b(reps + i)
  }
  times[0].length = 0
  times[1].length = 0
  for (let i = 0; i < reps; i++) {
    const first = (i % 2) as 0 | 1
    await timed(first, i)
    await timed((1 - first) as 0 | 1, i)
  }
  return [median(times[0]), median(times[1])]
}

export async function engineVsHandWrittenBenchmarks(): Promise<Row[]> {
  const group = `Entity users, ${USERS.toLocaleString('en')} stored: generic engine vs hand-written module`
  const world = createWorld({ seed: 1, entities: 1, rolesPerEntity: 10, usersPerEntity: USERS })
  const entity = world.entities[0]!
  const document = parse(readFileSync(projectSpecPath, 'utf8')) as OpenApiDocument
  const handWritten = createFakeMonite({ world })
  const generic = createDocumentOnlyFake({ document, world })
  const headersOf = (fake: FakeMonite) => ({
    authorization: `Bearer ${fake.issueToken({ type: 'partner' }).access_token}`,
    'x-monite-version': '2024-05-25',
    'x-monite-entity-id': entity.id,
    'content-type': 'application/json',
  })
  const headers = new Map([
    [handWritten, headersOf(handWritten)],
    [generic, headersOf(generic)],
  ])
  const ids = entity.users.map((u) => u.id)
  const call = async (fake: FakeMonite, path: string, init: RequestInit = {}) => {
    const response = await fake.fetch(`${fake.baseUrl}${path}`, {
      ...init,
      headers: headers.get(fake),
    })
    if (response.status >= 300) throw new Error(`${path} answered ${response.status}`)
    return response.json()
  }
  const get = (fake: FakeMonite) => (i: number) =>
    call(fake, `/entity_users/${ids[(i * 7919) % ids.length]}`)
  const list = (fake: FakeMonite) => () => call(fake, '/entity_users?limit=100')
  const create = (fake: FakeMonite, tag: string) => (i: number) =>
    call(fake, '/entity_users', {
      method: 'POST',
      body: JSON.stringify({
        login: `bench-${tag}-${i}`,
        first_name: 'Bench',
        role_id: entity.roles[0]!.id,
      }),
    })

  // Both serve the same stored users: a page of each holds 100 of the world's users.
  const pages = (await Promise.all([list(handWritten)(), list(generic)()])) as { data: unknown[] }[]
  if (pages.some((page) => page.data.length !== 100))
    throw new Error('a fake does not list 100 of the stored users')

  const measured: [string, [number, number]][] = [
    ['GET /entity_users/{id}', await sideBySide(REPS, get(handWritten), get(generic))],
    ['GET /entity_users?limit=100', await sideBySide(REPS, list(handWritten), list(generic))],
    ['POST /entity_users', await sideBySide(REPS, create(handWritten, 'a'), create(generic, 'b'))],
  ]
  handWritten.reset()
  generic.reset()

  const baseline = 'hand-written entity-users module, same operation'
  return measured.flatMap(([operation, [a, b]]): Row[] => [
    {
      group,
      name: `${operation}: hand-written module (baseline, median)`,
      value: fmtMs(a),
      ratio: 1,
      baseline,
    },
    {
      group,
      name: `${operation}: generic engine alone (median)`,
      value: fmtMs(b),
      ratio: b / a,
      baseline,
      goal: `≤ ${GOAL.toFixed(2)}x`,
      met: b / a <= GOAL,
    },
  ])
}
