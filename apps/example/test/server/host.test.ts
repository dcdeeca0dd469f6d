import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppServer,
  type FakeMoniteHttp,
  hostOf,
  makeDist,
  rawGet,
  rawRequest,
  startApp,
  startFakeMoniteHttp,
} from './support'

// DNS rebinding: attacker.example resolves to 127.0.0.1 and the victim's browser sends
// `Host: attacker.example:<port>` to this server from a page the attacker controls. The server
// answers only the hosts it is configured for. Raw sockets, so the Host header is exactly this.

let upstream: FakeMoniteHttp
let app: AppServer
let dist: Awaited<ReturnType<typeof makeDist>>
let port: string

beforeAll(async () => {
  upstream = await startFakeMoniteHttp()
  dist = await makeDist()
  app = await startApp(upstream.env(), { distDir: dist.dir })
  port = new URL(app.url).port
})
afterAll(async () => {
  await app?.close()
  await upstream?.close()
  await dist?.remove()
})

describe('Host header', () => {
  it('answers the loopback names on its own port', async () => {
    for (const host of [
      hostOf(app.url),
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
    ]) {
      const response = await rawGet(app.url, '/api/monite/v1/entity_users?limit=1', { Host: host })
      expect(response.status, host).toBe(200)
      expect(response.body, host).toContain('"data"')
    }
  })

  it('refuses other names, ports and malformed Host headers with 421 and no data', async () => {
    upstream.hits.length = 0
    const hosts = [
      `attacker.example:${port}`,
      'attacker.example',
      `127.0.0.1:${Number(port) + 1}`,
      `localhost.attacker.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `127.0.0.1:${port}@attacker.example`,
      `127.0.0.1:${port}.`,
      `[::1]:${port}x`,
    ]
    for (const host of hosts) {
      for (const path of [
        '/api/monite/v1/entity_users',
        '/api/config',
        '/',
        '/assets/index-AbC12_-z.js',
      ]) {
        const response = await rawGet(app.url, path, { Host: host })
        expect(response.status, `${host} ${path}`).toBe(421)
        expect(response.body, `${host} ${path}`).not.toContain('"data"')
        expect(response.body, `${host} ${path}`).not.toContain(upstream.fake.world.entities[0]!.id)
        expect(response.body).not.toContain('handler1')
      }
    }
    expect(upstream.hits).toEqual([])
  })

  it('property: a Host is answered exactly when it is a loopback name on the port', async () => {
    const other = String(Number(port) + 1)
    const pieces = [
      'localhost',
      'LocalHost',
      '127.0.0.1',
      '[::1]',
      '::1',
      `:${port}`,
      `:${other}`,
      ':',
      '.',
      'attacker.example',
      '@',
      '127.0.0.2',
      '0.0.0.0',
      '[::ffff:127.0.0.1]',
      '%2e',
      '_',
      '-',
    ]
    const allowed = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`])
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }),
        async (parts) => {
          const host = parts.join('')
          const response = await rawGet(app.url, '/api/config', { Host: host })
          const expected = allowed.has(host.toLowerCase()) ? 200 : 421
          expect(response.status, host).toBe(expected)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('refuses a request without Host, and absolute-form targets naming another host', async () => {
    const noHost = await rawRequest(app.url, 'GET /api/config HTTP/1.0\r\n\r\n')
    expect(noHost.status).toBe(400)
    const absolute = await rawRequest(
      app.url,
      `GET http://attacker.example/api/config HTTP/1.1\r\nHost: ${hostOf(app.url)}\r\nConnection: close\r\n\r\n`,
    )
    expect(absolute.status).toBe(400)
    expect(absolute.body).not.toContain('entityId')
  })

  it('answers the hosts in ALLOWED_HOSTS (and only those) when configured', async () => {
    const configured = await startApp(
      upstream.env({ ALLOWED_HOSTS: 'admin.example.com, Admin.Example.org:8443' }),
      {
        distDir: dist.dir,
      },
    )
    try {
      const ok = [
        hostOf(configured.url),
        'admin.example.com',
        'admin.example.com:443',
        'admin.example.org:8443',
      ]
      for (const host of ok) {
        expect((await rawGet(configured.url, '/api/config', { Host: host })).status, host).toBe(200)
      }
      const refused = [
        'admin.example.org',
        'admin.example.org:8444',
        'example.com',
        `evil.admin.example.com`,
      ]
      for (const host of refused) {
        expect((await rawGet(configured.url, '/api/config', { Host: host })).status, host).toBe(421)
      }
    } finally {
      await configured.close()
    }
  })
})
