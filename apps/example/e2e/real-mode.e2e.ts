import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMoniteClient } from '@monite-kit/client'
import { createFakeMonite, createWorld, type FakeMonite } from '@monite-kit/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppServer,
  type Browser,
  buildApp,
  launchBrowser,
  screenshot,
  startServer,
} from './harness'

// Real mode, without Monite: the fixtures' fake API is served over real HTTP on 127.0.0.1 and the
// app's server is pointed at it with MONITE_API_URL, exactly as it would be at Monite's sandbox.

const SECRET = 'canary-secret-3f9c1e7a-do-not-ship'

let fakeHttp: Server
let fake: FakeMonite
let app: AppServer

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const body = chunks.length ? Buffer.concat(chunks) : undefined
  return new Request(`${origin}${req.url}`, {
    method: req.method,
    headers,
    body: body && req.method !== 'GET' && req.method !== 'HEAD' ? new Uint8Array(body) : undefined,
  })
}

/** The fake Monite API over HTTP, with CORS like Monite's (the browser calls it directly). */
async function startFakeMoniteHttp(): Promise<{ server: Server; fake: FakeMonite }> {
  let instance: FakeMonite | null = null
  let origin = ''
  const server = createServer(async (req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers':
        'authorization, content-type, x-monite-version, x-monite-entity-id',
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
      'access-control-expose-headers': 'x-request-id, retry-after',
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors)
      return res.end()
    }
    const response = await instance!.fetch(await toRequest(req, origin))
    const headers: Record<string, string> = { ...cors }
    response.headers.forEach((value, name) => {
      headers[name] = value
    })
    res.writeHead(response.status, headers)
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const world = createWorld({ seed: 7, rolesPerEntity: 6, usersPerEntity: 12 })
  instance = createFakeMonite({ world, baseUrl: `${origin}/v1` })
  return { server, fake: instance }
}

beforeAll(async () => {
  ;({ server: fakeHttp, fake } = await startFakeMoniteHttp())
  app = await startServer({
    MONITE_CLIENT_ID: fake.world.partner.clientId,
    MONITE_CLIENT_SECRET: fake.world.partner.clientSecret,
    MONITE_ENTITY_ID: fake.world.entities[0]!.id,
    MONITE_ENVIRONMENT: 'sandbox',
    MONITE_API_URL: fake.baseUrl,
  })
})

afterAll(async () => {
  await app?.close()
  await new Promise((ok) => fakeHttp?.close(ok))
})

const entity = () => fake.world.entities[0]!
const post = (path: string, body: unknown) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('server in real mode', () => {
  it('tells the browser the mode, never the secret', async () => {
    expect(app.mode).toBe('real')
    const config = await (await fetch(`${app.url}/api/config`)).json()
    expect(config).toEqual({
      mode: 'real',
      apiBaseUrl: fake.baseUrl,
      environment: 'sandbox',
      entityId: entity().id,
    })
    expect(JSON.stringify(config)).not.toContain(fake.world.partner.clientSecret)
  })

  it('mints entity-user tokens for users of the entity only, and never partner tokens', async () => {
    const user = entity().users[0]!
    const response = await post('/api/monite-token', { entity_user_id: user.id })
    expect(response.status).toBe(200)
    const token = (await response.json()) as { access_token: string; expires_in: number }
    expect(token.expires_in).toBeGreaterThan(0)
    const asUser = createMoniteClient({
      baseUrl: fake.baseUrl,
      auth: { type: 'fetchToken', fetchToken: async () => token },
    })
    expect((await asUser.entityUsers.me()).id).toBe(user.id)

    expect((await post('/api/monite-token', {})).status).toBe(400)
    expect((await post('/api/monite-token', { grant_type: 'client_credentials' })).status).toBe(400)
    const stranger = await post('/api/monite-token', {
      entity_user_id: '00000000-0000-4000-8000-000000000000',
    })
    expect(stranger.status).toBe(404)
    expect((await fetch(`${app.url}/api/monite-token`)).status).toBe(405)
  })

  it('proxies only /entity_users and /roles of the configured entity', async () => {
    const list = await fetch(`${app.url}/api/monite/v1/entity_users?limit=5`, {
      headers: { 'x-monite-entity-id': '11111111-1111-4111-8111-111111111111' },
    })
    expect(list.status).toBe(200)
    const page = (await list.json()) as { data: { id: string }[] }
    expect(page.data).toHaveLength(5)
    const seen = fake.requests.at(-1)!
    expect(seen.headers['x-monite-entity-id']).toBe(entity().id)
    expect(seen.headers.authorization).toMatch(/^Bearer /)

    const created = await post('/api/monite/v1/roles', { name: 'Via proxy', permissions: {} })
    expect(created.status).toBe(200)
    for (const path of ['/entity_users/me', '/entity_users/my_role', '/auth/token', '/entities']) {
      const refused = await fetch(`${app.url}/api/monite/v1${path}`)
      expect(refused.status, path).toBe(404)
    }
    expect((await post('/api/monite/v1/auth/token', {})).status).toBe(404)
  })

  it('serves the app with client-side routes', async () => {
    const page = await fetch(`${app.url}/roles/some-id`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404)
  })
})

describe('browser in real mode', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists users through the proxy and acts as a user with a server-minted token', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${app.url}/users`)
    await page.getByTestId('mode').getByText('Monite sandbox').waitFor()
    await expect.poll(() => page.getByTestId('user-row').count()).toBe(10)
    const reader = entity().users.find((u) => u.role_id === entity().presetRoles.readOnly)!
    await page.getByRole('button', { name: 'Act as user…' }).click()
    await page.getByLabel('Find a user').fill(reader.login)
    await page.getByRole('button', { name: new RegExp(reader.login) }).click()
    await page.getByTestId('acting-role').getByText('Read only').waitFor()
    await expect.poll(() => page.getByTestId('user-row').count()).toBe(10)
    expect(await page.getByRole('button', { name: 'New user' }).count()).toBe(0)
    await screenshot(page, 'real-mode-act-as')
    // The entity-user calls went straight to "Monite" with the minted token.
    expect(fake.requests.some((r) => r.operation === 'GET /entity_users/my_role')).toBe(true)
    await page.close()
  })
})

describe('the browser bundle', () => {
  it('does not contain the client secret, even when built with it in the environment', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'monite-example-canary-'))
    const saved = { ...process.env }
    Object.assign(process.env, {
      MONITE_CLIENT_ID: 'canary-client-id',
      MONITE_CLIENT_SECRET: SECRET,
      MONITE_ENTITY_ID: 'canary-entity',
    })
    try {
      await buildApp({ outDir })
      const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((f) =>
        f.isFile(),
      )
      expect(files.length).toBeGreaterThan(3)
      for (const file of files) {
        const text = await readFile(join(file.parentPath, file.name), 'utf8')
        expect(text.includes(SECRET), file.name).toBe(false)
      }
    } finally {
      process.env = saved
      await rm(outDir, { recursive: true, force: true })
    }
  })
})
