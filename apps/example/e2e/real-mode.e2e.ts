import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { type IncomingHttpHeaders, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMoniteClient } from '@monite-kit/client'
import type { FakeMonite } from '@monite-kit/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer } from '../server/index.mjs'
import { type FakeMoniteHttp, startFakeMoniteHttp } from './fakeMoniteHttp'
import {
  type AppServer,
  type Browser,
  buildApp,
  distDir,
  launchBrowser,
  screenshot,
  startServer,
} from './harness'

// Real mode, without Monite: the fixtures' fake API is served over real HTTP on 127.0.0.1 and the
// app's server is pointed at it with MONITE_API_URL, exactly as it would be at Monite's sandbox.

const SECRET = 'canary-secret-3f9c1e7a-do-not-ship'

let upstream: FakeMoniteHttp
let fake: FakeMonite
let app: AppServer

beforeAll(async () => {
  upstream = await startFakeMoniteHttp()
  fake = upstream.fake
  app = await startServer(upstream.env({ MONITE_ENVIRONMENT: 'sandbox' }))
})

afterAll(async () => {
  await app?.close()
  await upstream?.close()
})

const entity = () => fake.world.entities[0]!
const post = (path: string, body: unknown) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    // What the app's own client sends (the server refuses writes without x-monite-kit-csrf).
    headers: { 'content-type': 'application/json', 'x-monite-kit-csrf': '1' },
    body: JSON.stringify(body),
  })

describe('server in real mode', () => {
  it('tells the browser the mode, never the secret', async () => {
    expect(app.mode).toBe('real')
    const config = await (await fetch(`${app.url}/api/config`)).json()
    // MONITE_API_URL wins over MONITE_ENVIRONMENT=sandbox: the label says what is really used.
    expect(config).toEqual({
      mode: 'real',
      apiBaseUrl: fake.baseUrl,
      environment: 'custom',
      environmentLabel: `Custom Monite API · ${new URL(fake.baseUrl).host}`,
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
    await page
      .getByTestId('mode')
      .getByText(`Custom Monite API · ${new URL(fake.baseUrl).host}`)
      .waitFor()
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

describe('writes in real mode', () => {
  it("deletes a user through the proxy: the app's client passes the CSRF check", async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.context.newPage()
      await page.goto(`${app.url}/users`)
      const first = page.getByTestId('user-row').first()
      await first.waitFor()
      const name = (await first.locator('.app-user-cell__name').textContent())!
      upstream.hits.length = 0
      await first.getByRole('button', { name: `Delete ${name}` }).click()
      await page
        .getByRole('dialog', { name: 'Delete this user?' })
        .getByRole('button', { name: 'Delete user' })
        .click()
      await page.getByTestId('toast').getByText('User deleted').waitFor()
      const deletes = upstream.hits.filter((h) => h.method === 'DELETE')
      expect(deletes).toHaveLength(1)
      expect(deletes[0]!.url).toMatch(/^\/v1\/entity_users\/[0-9a-f-]{36}$/)
      // The browser's header stops at the app's server; Monite gets the server's own headers.
      expect(deletes[0]!.headers['x-monite-kit-csrf']).toBeUndefined()
      expect(deletes[0]!.headers['x-monite-entity-id']).toBe(entity().id)
    } finally {
      await browser.close()
    }
  })
})

describe('wrong partner credentials', () => {
  it('the server logs what to fix and the page says it, instead of "reload the page"', async () => {
    const log: string[] = []
    const wrong = 'wrong-secret-5e1d7c20'
    const broken = await startAppServer({
      port: 0,
      host: '127.0.0.1',
      distDir,
      env: upstream.env({ MONITE_CLIENT_SECRET: wrong }),
      log: { error: (...args: unknown[]) => log.push(args.map(String).join(' ')) },
    })
    const browser = await launchBrowser()
    try {
      const page = await browser.context.newPage()
      await page.goto(`${broken.url}/users`)
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'The server cannot sign in to Monite' })
      await alert.waitFor({ timeout: 30_000 })
      const text = (await alert.textContent()) ?? ''
      expect(text).toMatch(/MONITE_CLIENT_SECRET/)
      expect(text).toMatch(/restart/)
      expect(text).not.toMatch(/reload the page/i)
      await screenshot(page, 'real-mode-wrong-credentials')
      expect(log.some((line) => line.includes('Monite rejected the partner credentials'))).toBe(
        true,
      )
      expect(log.join('\n')).not.toContain(wrong)
    } finally {
      await browser.close()
      await broken.close()
    }
  })
})

/** GET with node:http: it sends only these headers and does not decompress. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; size: number }>((ok, fail) => {
    request(url, { headers }, (res) => {
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
      })
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, size }))
    })
      .on('error', fail)
      .end()
  })
}

describe('the production build on the server', () => {
  it('is sent compressed, hashed assets cached for good, source maps kept private', async () => {
    const assets = await readdir(join(distDir, 'assets'))
    const scripts = assets.filter((name) => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThanOrEqual(2)
    let raw = 0
    let brotli = 0
    for (const name of scripts) {
      const text = await readFile(join(distDir, 'assets', name), 'utf8')
      // sourcemap: 'hidden' — the maps exist for an error tracker, nothing points at them.
      expect(text, name).not.toContain('sourceMappingURL')
      const plain = await rawGet(`${app.url}/assets/${name}`, {})
      const br = await rawGet(`${app.url}/assets/${name}`, {
        'accept-encoding': 'gzip, deflate, br',
      })
      expect(br.headers['content-encoding'], name).toBe('br')
      expect(br.headers['cache-control'], name).toBe('public, max-age=31536000, immutable')
      raw += plain.size
      brotli += br.size
      const map = await rawGet(`${app.url}/assets/${name}.map`, {})
      expect(map.status, `${name}.map`).toBe(404)
    }
    expect(assets.some((name) => name.endsWith('.map'))).toBe(true)
    // The fake chunk and the app: ~1.2 MB of JavaScript, about a quarter of it on the wire.
    expect(brotli / raw).toBeLessThan(0.35)
    const html = await rawGet(`${app.url}/`, { 'accept-encoding': 'gzip' })
    expect(html.headers['cache-control']).toBe('no-cache')
    expect(html.headers['content-encoding']).toBe('gzip')
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
