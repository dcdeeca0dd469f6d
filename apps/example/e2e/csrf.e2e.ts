import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createAppServer } from '../server/index.mjs'
import { type FakeMoniteHttp, startFakeMoniteHttp } from './fakeMoniteHttp'
import { type AppServer, CHROMIUM, CHROMIUM_ARGS, distDir } from './harness'

// An attacker's page on another origin, in real Chromium, tries to make the victim's browser use
// the app's server in real mode: a no-cors fetch with a JSON text body, a <form enctype=
// "text/plain"> whose field spells JSON, a CORS fetch with the app's header (preflight), and a
// DNS-rebound host name. The fake Monite behind the server must receive nothing at all.

let upstream: FakeMoniteHttp
let app: AppServer
let attacker: Server
let attackerPort: number
let context: BrowserContext
let profile: string

/** Pages the attacker serves, aimed at the app's server at `target`. */
function attackPage(kind: string, target: string, roleId: string, userId: string): string {
  const role = JSON.stringify({ name: 'Forged by attacker', permissions: {} })
  const user = { login: 'mallory', role_id: roleId }
  const script = {
    'no-cors': `
      const results = []
      const attempts = [
        ['${target}/api/monite/v1/roles', ${JSON.stringify(role)}, {}],
        ['${target}/api/monite-token', ${JSON.stringify(JSON.stringify({ entity_user_id: userId }))}, {}],
        // Non-safelisted headers are silently dropped in no-cors mode.
        ['${target}/api/monite/v1/roles', ${JSON.stringify(role)}, { 'content-type': 'application/json', 'x-monite-kit-csrf': '1' }],
      ]
      for (const [url, body, headers] of attempts) {
        try {
          const r = await fetch(url, { method: 'POST', mode: 'no-cors', body, headers, credentials: 'include' })
          results.push(r.type)
        } catch (e) { results.push('error: ' + e.message) }
      }
      window.__done = results`,
    cors: `
      const results = []
      try {
        const r = await fetch('${target}/api/monite/v1/roles', {
          method: 'POST', body: ${JSON.stringify(role)},
          headers: { 'content-type': 'application/json', 'x-monite-kit-csrf': '1' },
        })
        results.push('status ' + r.status)
      } catch (e) { results.push('blocked: ' + e.name) }
      try {
        const r = await fetch('${target}/api/monite/v1/entity_users')
        results.push('read ' + r.status + ' ' + (await r.text()).slice(0, 40))
      } catch (e) { results.push('blocked: ' + e.name) }
      window.__done = results`,
  }[kind]
  if (script)
    return `<!doctype html><title>cute cats</title><script type="module">${script}</script>`
  // <form enctype="text/plain"> posts `name=value`: name and value spell a JSON object.
  const [action, json] =
    kind === 'form-user'
      ? ['/api/monite/v1/entity_users', { ...user, pad: '' }]
      : ['/api/monite-token', { entity_user_id: userId, pad: '' }]
  const text = JSON.stringify(json)
  const name = text.slice(0, -2)
  const value = text.slice(-2)
  return `<!doctype html><title>cute cats</title>
    <form method="POST" action="${target}${action}" enctype="text/plain">
      <input type="hidden" name='${name.replace(/'/g, '&#39;')}' value='${value}'>
    </form>
    <script>document.forms[0].submit()</script>`
}

beforeAll(async () => {
  upstream = await startFakeMoniteHttp()
  app = await startObservedServer(upstream.env())
  const entity = upstream.fake.world.entities[0]!
  attacker = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://attacker')
    const target = url.searchParams.get('target') ?? app.url
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      attackPage(url.pathname.slice(1), target, entity.presetRoles.admin!, entity.users[0]!.id),
    )
  })
  await new Promise<void>((ok) => attacker.listen(0, '127.0.0.1', ok))
  const address = attacker.address()
  attackerPort = typeof address === 'object' && address ? address.port : 0
  profile = await mkdtemp(join(tmpdir(), 'monite-example-csrf-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // attacker.example resolves to 127.0.0.1: a DNS-rebinding name for the app's own address.
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP attacker.example 127.0.0.1'],
  })
})

afterAll(async () => {
  await context?.close()
  if (profile) await rm(profile, { recursive: true, force: true })
  await new Promise((ok) => attacker?.close(ok))
  await app?.close()
  await upstream?.close()
})

beforeEach(() => {
  upstream.hits.length = 0
  answered.length = 0
})

/** The app's server (real mode, the production build), recording each answer's status. */
async function startObservedServer(env: Record<string, string>): Promise<AppServer> {
  const { server } = createAppServer({ distDir, env, listenHost: '127.0.0.1' })
  server.on('request', (req, res) => {
    res.on('finish', () =>
      answered.push({ method: req.method ?? '', url: req.url ?? '', status: res.statusCode }),
    )
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    mode: 'real',
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections()
        server.close(() => ok(undefined))
      }),
  }
}

/** Every answer the app's server gave (method, target, status), whatever the page could see. */
const answered: { method: string; url: string; status: number }[] = []
/** The API answers among them (a page's favicon request may land at any time). */
const apiAnswers = () =>
  answered.filter((a) => a.url.startsWith('/api/')).map((a) => `${a.method} ${a.status}`)

/** The attacker's origins: same site as the app (another port) and cross-site (another name). */
const attackerOrigins = () => [
  `http://127.0.0.1:${attackerPort}`,
  `http://attacker.example:${attackerPort}`,
]

describe('an attacker page on another origin', () => {
  it('no-cors fetches with JSON text bodies are refused (403) and never reach Monite', async () => {
    for (const origin of attackerOrigins()) {
      answered.length = 0
      const page = await context.newPage()
      await page.goto(`${origin}/no-cors`)
      const results = await page.waitForFunction(() => (window as { __done?: string[] }).__done)
      // Cross-Origin-Resource-Policy: same-origin even blocks the opaque answer from the page.
      expect(await results.jsonValue(), origin).toEqual(Array(3).fill('error: Failed to fetch'))
      // The requests did arrive, and the server refused each one.
      expect(apiAnswers(), origin).toEqual(Array(3).fill('POST 403'))
      await page.close()
    }
    expect(upstream.hits).toEqual([])
  })

  it('<form enctype="text/plain"> posts are refused (403) and never reach Monite', async () => {
    for (const origin of attackerOrigins()) {
      for (const kind of ['form-user', 'form-token']) {
        const page = await context.newPage()
        const answer = page.waitForResponse((r) => r.url().startsWith(app.url))
        await page.goto(`${origin}/${kind}`)
        const response = await answer
        expect(response.request().method(), `${origin} ${kind}`).toBe('POST')
        expect(response.status(), `${origin} ${kind}`).toBe(403)
        expect(await response.text(), `${origin} ${kind}`).toContain('"code":"csrf"')
        await page.close()
      }
    }
    expect(upstream.hits).toEqual([])
  })

  it('a CORS fetch with the header dies at the preflight; reads are opaque to it', async () => {
    const page = await context.newPage()
    await page.goto(`http://attacker.example:${attackerPort}/cors`)
    const results = await page.waitForFunction(() => (window as { __done?: string[] }).__done)
    expect(await results.jsonValue()).toEqual(['blocked: TypeError', 'blocked: TypeError'])
    // The POST never left the browser: its preflight (OPTIONS) was refused without CORS headers.
    expect(apiAnswers()).toEqual(['OPTIONS 403', 'GET 403'])
    expect(upstream.hits).toEqual([])
    await page.close()
  })

  it('a DNS-rebound host name gets 421 and no data', async () => {
    const port = new URL(app.url).port
    const page = await context.newPage()
    const response = await page.goto(`http://attacker.example:${port}/users`)
    expect(response?.status()).toBe(421)
    const read = await page.evaluate(async () => {
      const r = await fetch('/api/monite/v1/entity_users')
      return { status: r.status, text: await r.text() }
    })
    expect(read.status).toBe(421)
    expect(read.text).not.toContain('"data"')
    expect(upstream.hits).toEqual([])
    await page.close()
  })

  it("the app's own page still can (same origin, JSON, the header)", async () => {
    const page = await context.newPage()
    await page.goto(`${app.url}/users`)
    await page.getByTestId('user-row').first().waitFor()
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/monite/v1/roles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-monite-kit-csrf': '1' },
        body: JSON.stringify({ name: 'Made on the app page', permissions: {} }),
      })
      return r.status
    })
    expect(status).toBe(200)
    expect(upstream.hits.some((h) => h.method === 'POST' && h.url === '/v1/roles')).toBe(true)
    await page.close()
  })
})
