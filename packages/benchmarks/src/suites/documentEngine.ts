// The fake's generic document engine: start-up over Monite's full published document (470
// operations) against start-up over the project's spec, and the median latency of one get, one
// list page and one create of counterparts (served by the generic engine) with 10,000 stored,
// against a bare handler answering a Map lookup as a JSON Response.
import { existsSync, readFileSync } from 'node:fs'
import { createFakeMonite, createWorld } from '@monite-kit/fixtures'
import { fmtMs, medianOf } from '../measure'
import { upstreamSpecPath } from '../paths'
import type { Row, Skipped } from '../report'

const STORED = 10_000
const REPS = 101
const STARTS = 7

const counterpart = (i: number) => ({
  type: 'organization',
  organization: {
    legal_name: `Supplier ${i}`,
    is_customer: false,
    is_vendor: true,
    address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: `Street ${i}` },
  },
})

export async function documentEngineBenchmarks(): Promise<{ rows: Row[]; skipped: Skipped[] }> {
  const rows: Row[] = []
  const skipped: Skipped[] = []
  const world = createWorld({ seed: 1, entities: 1 })
  const entity = world.entities[0]!

  // Start-up: createFakeMonite and its first answered request (the engine indexes lazily nothing:
  // the document is indexed and classified at creation).
  const startGroup = 'Document engine: start-up (createFakeMonite + first request)'
  const startOnce = async (document?: object) => {
    const fake = createFakeMonite(document ? { world, document } : { world })
    const token = fake.issueToken({ type: 'partner' }).access_token
    await fake.fetch(`${fake.baseUrl}/counterparts`, {
      headers: {
        authorization: `Bearer ${token}`,
        'x-monite-version': '2024-05-25',
        'x-monite-entity-id': entity.id,
      },
    })
  }
  const specMs = await medianOf(STARTS, () => startOnce())
  const baseline = "the project's spec (31 operations)"
  rows.push({
    group: startGroup,
    name: `${baseline} (baseline)`,
    value: fmtMs(specMs),
    ratio: 1,
    baseline,
  })
  if (existsSync(upstreamSpecPath)) {
    const document = JSON.parse(readFileSync(upstreamSpecPath, 'utf8')) as object
    const fullMs = await medianOf(STARTS, () => startOnce(document))
    rows.push({
      group: startGroup,
      name: "Monite's full document (470 operations)",
      value: fmtMs(fullMs),
      ratio: fullMs / specMs,
      baseline,
    })
  } else {
    skipped.push({
      group: startGroup,
      reason: `Monite's published document is not at ${upstreamSpecPath} (set MONITE_OPENAPI_PATH)`,
    })
  }

  // get / list / create with 10,000 counterparts stored by the generic engine.
  const group = `Document engine: counterparts, ${STORED.toLocaleString('en')} stored`
  const fake = createFakeMonite({ world })
  const headers = {
    authorization: `Bearer ${fake.issueToken({ type: 'partner' }).access_token}`,
    'x-monite-version': '2024-05-25',
    'x-monite-entity-id': entity.id,
    'content-type': 'application/json',
  }
  const url = (path: string) => `${fake.baseUrl}${path}`
  const ids: string[] = []
  const byId = new Map<string, unknown>()
  for (let i = 0; i < STORED; i++) {
    const response = await fake.fetch(url('/counterparts'), {
      method: 'POST',
      headers,
      body: JSON.stringify(counterpart(i)),
    })
    const body = (await response.json()) as { id: string }
    ids.push(body.id)
    byId.set(body.id, body)
  }
  const get = (i: number) => url(`/counterparts/${ids[(i * 7919) % ids.length]}`)
  const bareMs = await medianOf(REPS, async (i) => {
    const request = new Request(get(i), { headers })
    const id = new URL(request.url).pathname.split('/').pop() ?? ''
    const response = new Response(JSON.stringify(byId.get(id)), {
      headers: { 'content-type': 'application/json' },
    })
    await response.json()
  })
  const getMs = await medianOf(REPS, async (i) => (await fake.fetch(get(i), { headers })).json())
  const listMs = await medianOf(REPS, async () =>
    (await fake.fetch(url('/counterparts?limit=100'), { headers })).json(),
  )
  const createMs = await medianOf(REPS, async (i) => {
    const response = await fake.fetch(url('/counterparts'), {
      method: 'POST',
      headers,
      body: JSON.stringify(counterpart(STORED + i)),
    })
    if (response.status !== 201) throw new Error(`create answered ${response.status}`)
    await response.json()
  })
  const bare = 'bare handler: Map.get + JSON Response'
  const row = (name: string, ms: number): Row => ({
    group,
    name,
    value: fmtMs(ms),
    ratio: ms / bareMs,
    baseline: bare,
  })
  rows.push(
    row('bare handler (baseline): one counterpart by id', bareMs),
    row('fake.fetch GET /counterparts/{id} (median)', getMs),
    row('fake.fetch GET /counterparts?limit=100 (median)', listMs),
    row('fake.fetch POST /counterparts (median)', createMs),
  )
  return { rows, skipped }
}
