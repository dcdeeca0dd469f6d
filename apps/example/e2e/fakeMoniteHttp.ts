import { createServer, type IncomingMessage, type Server } from 'node:http'
import { createFakeMonite, createWorld, type FakeMonite } from '@monite-kit/fixtures'

// The fixtures' fake Monite API over real HTTP on 127.0.0.1, for the app's server in real mode
// (MONITE_API_URL points at it, exactly as it would at Monite's sandbox). `hits` records every
// request that reached it, raw, before the fake even parses it: a test that says "Monite received
// nothing" looks there.

export interface UpstreamHit {
  method: string
  /** The request target as it arrived (path and query, still encoded). */
  url: string
  headers: IncomingMessage['headers']
  body: string
}

export interface FakeMoniteHttp {
  fake: FakeMonite
  /** The API root, e.g. http://127.0.0.1:40123/v1 (MONITE_API_URL). */
  baseUrl: string
  hits: UpstreamHit[]
  /** The env that starts the app's server in real mode against this fake. */
  env(overrides?: Record<string, string>): Record<string, string>
  close(): Promise<void>
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Starts the fake on 127.0.0.1 and a free port, with CORS like Monite's (browsers call it). */
export async function startFakeMoniteHttp(
  worldOptions: Parameters<typeof createWorld>[0] = {
    seed: 7,
    rolesPerEntity: 6,
    usersPerEntity: 12,
  },
): Promise<FakeMoniteHttp> {
  let fake: FakeMonite | null = null
  let origin = ''
  const hits: UpstreamHit[] = []
  const server: Server = createServer(async (req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers':
        'authorization, content-type, x-monite-version, x-monite-entity-id',
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
      'access-control-expose-headers': 'x-request-id, retry-after',
    }
    const body = await readAll(req)
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors)
      return res.end()
    }
    hits.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: body.toString('utf8'),
    })
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const hasBody = body.length > 0 && req.method !== 'GET' && req.method !== 'HEAD'
    const response = await fake!.fetch(
      new Request(`${origin}${req.url}`, {
        method: req.method,
        headers,
        body: hasBody ? new Uint8Array(body) : undefined,
      }),
    )
    const out: Record<string, string> = { ...cors }
    response.headers.forEach((value, name) => {
      out[name] = value
    })
    res.writeHead(response.status, out)
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const world = createWorld(worldOptions)
  fake = createFakeMonite({ world, baseUrl: `${origin}/v1` })
  const instance = fake
  return {
    fake: instance,
    baseUrl: instance.baseUrl,
    hits,
    env: (overrides = {}) => ({
      MONITE_CLIENT_ID: instance.world.partner.clientId,
      MONITE_CLIENT_SECRET: instance.world.partner.clientSecret,
      MONITE_ENTITY_ID: instance.world.entities[0]!.id,
      MONITE_API_URL: instance.baseUrl,
      ...overrides,
    }),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
