// A node:http stand-in for Monite on 127.0.0.1 (ephemeral port): `POST /v1/auth/token` answers as
// the test decides (or never), and counts; `GET /v1/entity_users/me` accepts any bearer token and
// records it.
import { once } from 'node:events'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TokenRequestSeen {
  at: number
  body: Record<string, unknown>
}

export interface FakeMonite {
  baseUrl: string
  tokenRequests: TokenRequestSeen[]
  seen: string[]
  /** The answer to the n-th token request (1-based): a JSON body, or 'hang'. */
  onToken: (n: number, body: Record<string, unknown>) => Promise<unknown> | unknown
  /** Resolves when the n-th token request has arrived. */
  tokenRequest(n: number): Promise<TokenRequestSeen>
  close(): Promise<void>
}

export async function startFakeMonite(): Promise<FakeMonite> {
  const hung = new Set<ServerResponse>()
  const waiters: { n: number; resolve: (seen: TokenRequestSeen) => void }[] = []
  const fake: FakeMonite = {
    baseUrl: '',
    tokenRequests: [],
    seen: [],
    onToken: (n) => ({ access_token: `tok-${n}`, expires_in: 3600 }),
    tokenRequest: (n) =>
      new Promise((resolve) => {
        const seen = fake.tokenRequests[n - 1]
        if (seen) resolve(seen)
        else waiters.push({ n, resolve })
      }),
    close: async () => {
      for (const res of hung) res.destroy()
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  }
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    if (req.method === 'POST' && req.url === '/v1/auth/token') {
      const seen = { at: Date.now(), body: JSON.parse(Buffer.concat(chunks).toString()) }
      fake.tokenRequests.push(seen)
      const n = fake.tokenRequests.length
      for (const w of waiters.filter((w) => w.n === n)) w.resolve(seen)
      const reply = await fake.onToken(n, seen.body)
      if (reply === 'hang') {
        hung.add(res)
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(reply))
      return
    }
    if (req.method === 'GET' && req.url === '/v1/entity_users/me') {
      fake.seen.push(req.headers.authorization?.replace(/^Bearer /, '') ?? '')
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ id: 'u1', login: 'ada' }))
      return
    }
    res.writeHead(404).end()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  return fake
}
