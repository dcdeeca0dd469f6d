// Real mode, without Monite: the fixtures' fake API is served over real HTTP on 127.0.0.1 and the
// app is pointed at it with MONITE_CLIENT_ID / MONITE_CLIENT_SECRET / MONITE_ENTITY_ID /
// MONITE_API_URL, exactly as it would be at Monite's sandbox. The browser only ever talks to the
// app; the partner secret never leaves the server.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { createFakeMonite, createWorld, type FakeMonite } from '@monite-kit/fixtures'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, launchBrowser, type NextServer, startNext, watchErrors } from './harness'

const SECRET = 'canary-secret-5d2b8f1c-do-not-ship'

let fakeHttp: Server
let fake: FakeMonite
let app: NextServer
let browser: Browser

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const body = chunks.length ? new Uint8Array(Buffer.concat(chunks)) : undefined
  return new Request(`${origin}${req.url}`, {
    method: req.method,
    headers,
    ...(body && req.method !== 'GET' && req.method !== 'HEAD' ? { body } : {}),
  })
}

/** The fake Monite API over HTTP on 127.0.0.1 (no CORS: only the app's server calls it). */
async function startFakeMoniteHttp(): Promise<{ server: Server; fake: FakeMonite }> {
  let instance: FakeMonite | undefined
  let origin = ''
  const server = createServer(async (req, res) => {
    if (!instance) return res.writeHead(503).end()
    const response = await instance.fetch(await toRequest(req, origin))
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      headers[name] = value
    })
    res.writeHead(response.status, headers)
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const world = createWorld({ seed: 11, rolesPerEntity: 6, usersPerEntity: 8 })
  world.partner.clientSecret = SECRET
  instance = createFakeMonite({ world, baseUrl: `${origin}/v1` })
  return { server, fake: instance }
}

beforeAll(async () => {
  ;({ server: fakeHttp, fake } = await startFakeMoniteHttp())
  const [entity] = fake.world.entities
  if (!entity) throw new Error('The world has no entity')
  ;[app, browser] = await Promise.all([
    startNext({
      MONITE_CLIENT_ID: fake.world.partner.clientId,
      MONITE_CLIENT_SECRET: SECRET,
      MONITE_ENTITY_ID: entity.id,
      MONITE_API_URL: fake.baseUrl,
    }),
    launchBrowser(),
  ])
})

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await new Promise((ok) => fakeHttp?.close(ok))
})

describe('real mode (MONITE_* set)', () => {
  it('signs in as a user of the entity, prefetches over HTTP and never shows the secret', async () => {
    const [entity] = fake.world.entities
    if (!entity) throw new Error('The world has no entity')
    const admin = entity.users.find((u) => u.role_id === entity.presetRoles.admin)
    if (!admin) throw new Error('No admin')
    await browser.context.clearCookies()
    const page: Page = await browser.context.newPage()
    const errors = watchErrors(page)
    const fakeOrigin = new URL(fake.baseUrl).origin
    const seen: string[] = []
    const bodies: Promise<string>[] = []
    page.on('response', (response) => {
      seen.push(response.url())
      bodies.push(response.text().catch(() => ''))
    })

    await page.goto(app.url)
    // The sign-in offers the entity's users, read over HTTP with the partner token.
    await page.getByRole('radio', { name: new RegExp(`\\b${admin.login}$`) }).check()
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('Signed in as').waitFor()
    expect(await page.locator('header p').textContent()).toMatch(/· Monite API$/)
    for (const user of entity.users) {
      await page.getByRole('cell', { name: user.login, exact: true }).waitFor()
    }

    // A client mutation through the app's proxy, to the HTTP fake.
    await page.getByLabel('First name').fill('Ada')
    await page.getByLabel('Last name').fill('Lovelace')
    await page.getByRole('button', { name: 'Add user' }).click()
    await page.getByRole('cell', { name: 'ada.lovelace', exact: true }).waitFor()
    expect(fake.store.users(entity.id).some((u) => u.login === 'ada.lovelace')).toBe(true)

    // Every Monite call the fake saw carried the configured entity and an entity-user token
    // (the proxy adds no partner token), except the partner's own token and list calls.
    const created = fake.requests.find((r) => r.operation === 'POST /entity_users')
    expect(created?.headers['x-monite-entity-id']).toBe(entity.id)
    const token = created?.headers.authorization?.replace(/^Bearer /, '')
    const issued = fake.store.tokens().find((t) => t.token === token)
    expect(issued?.type).toBe('entity_user')
    expect(issued?.entityUserId).toBe(admin.id)

    // Entity and version headers are the server's, whatever the browser sends.
    const status = await page.evaluate(async () => {
      const { access_token } = (await (
        await fetch('/api/monite-token', { method: 'POST' })
      ).json()) as { access_token: string }
      const response = await fetch('/api/monite/v1/entity_users?limit=1', {
        headers: {
          authorization: `Bearer ${access_token}`,
          'x-monite-entity-id': '00000000-0000-4000-8000-000000000000',
          'x-monite-version': '1999-01-01',
        },
      })
      return [response.status, ((await response.json()) as { data: unknown[] }).data.length]
    })
    expect(status).toEqual([200, 1])
    const listed = fake.requests.at(-1)
    expect(listed?.operation).toBe('GET /entity_users')
    expect(listed?.headers['x-monite-entity-id']).toBe(entity.id)
    expect(listed?.headers['x-monite-version']).toBe('2024-05-25')

    // The browser never called the API host itself, and nothing it received holds the secret.
    expect(seen.filter((url) => url.startsWith(fakeOrigin))).toEqual([])
    const received = await Promise.all(bodies)
    expect(received.length).toBeGreaterThan(5)
    for (const body of received) expect(body).not.toContain(SECRET)
    await page.close()
    expect(errors).toEqual([])
  })
})
