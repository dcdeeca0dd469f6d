import { beforeAll, describe, expect, it } from 'vitest'
import { appBehindFakeMonite, CSRF, hostOf, JSON_CSRF } from './support'

// What a page on another origin can make a browser send, sent here by hand with the headers the
// browser would add (Origin, Sec-Fetch-Site, a CORS-safelisted Content-Type, no custom header).
// None of it may reach Monite; the app's own calls (same origin, JSON, x-monite-kit-csrf) must.

const servers = appBehindFakeMonite()
let userId: string
beforeAll(() => {
  userId = servers.upstream.fake.world.entities[0]!.users[0]!.id
})

const ROLE = JSON.stringify({ name: 'Forged', permissions: {} })
const USER = () =>
  JSON.stringify({ login: `forged${Math.random().toString(36).slice(2, 8)}`, role_id: roleId() })
const roleId = () => servers.upstream.fake.world.entities[0]!.presetRoles.admin

/** The forgeries: [label, path, init] — each is what a cross-site page can make Chromium send. */
function forgeries(): [string, string, RequestInit][] {
  const other = 'http://127.0.0.1:1'
  return [
    [
      'no-cors fetch, text/plain, other origin (same site)',
      '/api/monite/v1/roles',
      {
        method: 'POST',
        body: ROLE,
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          origin: other,
          'sec-fetch-site': 'same-site',
          'sec-fetch-mode': 'no-cors',
        },
      },
    ],
    [
      'form enctype=text/plain, cross-site',
      '/api/monite/v1/entity_users',
      {
        method: 'POST',
        body: `${USER().slice(0, -1)}, "x": "=1"}`,
        headers: {
          'content-type': 'text/plain',
          origin: 'http://attacker.example',
          'sec-fetch-site': 'cross-site',
          'sec-fetch-mode': 'navigate',
        },
      },
    ],
    [
      'urlencoded form, cross-site',
      '/api/monite-token',
      {
        method: 'POST',
        body: `{"entity_user_id":"${userId}","x":"`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'http://attacker.example',
          'sec-fetch-site': 'cross-site',
        },
      },
    ],
    [
      'no-cors fetch to the mint endpoint',
      '/api/monite-token',
      {
        method: 'POST',
        body: JSON.stringify({ entity_user_id: userId }),
        headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'null' },
      },
    ],
    [
      'JSON from another origin that got through somehow (no preflight header)',
      '/api/monite/v1/roles',
      {
        method: 'POST',
        body: ROLE,
        headers: { 'content-type': 'application/json', origin: other },
      },
    ],
    [
      'JSON from a browser that sends neither Origin nor Sec-Fetch-Site, without the header',
      '/api/monite/v1/roles',
      { method: 'POST', body: ROLE, headers: { 'content-type': 'application/json' } },
    ],
    [
      'JSON with the header but from another origin (Origin)',
      '/api/monite/v1/roles',
      { method: 'POST', body: ROLE, headers: { ...JSON_CSRF, origin: other } },
    ],
    [
      'JSON with the header but Sec-Fetch-Site: same-site',
      '/api/monite/v1/roles',
      { method: 'POST', body: ROLE, headers: { ...JSON_CSRF, 'sec-fetch-site': 'same-site' } },
    ],
    [
      'DELETE without the header',
      `/api/monite/v1/roles/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
      { method: 'DELETE', headers: { origin: other } },
    ],
    [
      'PATCH with the header from a cross-site page',
      `/api/monite/v1/entity_users/${userId}`,
      {
        method: 'PATCH',
        body: '{"first_name":"Mallory"}',
        headers: { ...JSON_CSRF, 'sec-fetch-site': 'cross-site' },
      },
    ],
    [
      'a cross-site GET (reads are same-origin only too)',
      '/api/monite/v1/entity_users',
      { headers: { 'sec-fetch-site': 'cross-site', origin: 'http://attacker.example' } },
    ],
  ]
}

describe('cross-site request forgery', () => {
  it('refuses every forgery with 403 before anything reaches Monite', async () => {
    for (const [label, path, init] of forgeries()) {
      const response = await fetch(`${servers.app.url}${path}`, init)
      expect(response.status, label).toBe(403)
      const body = (await response.json()) as { error: { code: string; message: string } }
      expect(body.error.code, label).toBe('csrf')
      expect(body.error.message.length, label).toBeGreaterThan(10)
      // No CORS door either.
      expect(response.headers.get('access-control-allow-origin'), label).toBeNull()
    }
    expect(servers.upstream.hits).toEqual([])
  })

  it('answers a cross-origin preflight without any CORS permission', async () => {
    const response = await fetch(`${servers.app.url}/api/monite/v1/roles`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:1',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-monite-kit-csrf',
      },
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('access-control-allow-headers')).toBeNull()
    expect(servers.upstream.hits).toEqual([])
  })

  it('refuses a same-origin write that is not JSON with 415', async () => {
    const own = `http://${hostOf(servers.app.url)}`
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      '',
    ]) {
      const response = await fetch(`${servers.app.url}/api/monite/v1/roles`, {
        method: 'POST',
        body: ROLE,
        headers: { ...CSRF, origin: own, 'sec-fetch-site': 'same-origin', 'content-type': type },
      })
      expect(response.status, type).toBe(415)
    }
    const mint = await fetch(`${servers.app.url}/api/monite-token`, {
      method: 'POST',
      body: JSON.stringify({ entity_user_id: userId }),
      headers: { ...CSRF, 'content-type': 'text/plain' },
    })
    expect(mint.status).toBe(415)
    expect(servers.upstream.hits).toEqual([])
  })

  it("lets the app's own calls through: same origin, JSON, the header", async () => {
    const own = `http://${hostOf(servers.app.url)}`
    const browserLike = { ...JSON_CSRF, origin: own, 'sec-fetch-site': 'same-origin' }
    const created = await fetch(`${servers.app.url}/api/monite/v1/roles`, {
      method: 'POST',
      body: JSON.stringify({ name: 'Made by the app', permissions: {} }),
      headers: { ...browserLike, 'content-type': 'application/json; charset=utf-8' },
    })
    expect(created.status).toBe(200)
    const minted = await fetch(`${servers.app.url}/api/monite-token`, {
      method: 'POST',
      body: JSON.stringify({ entity_user_id: userId }),
      headers: browserLike,
    })
    expect(minted.status).toBe(200)
    // Reads need no header: a same-origin GET, and a non-browser GET (curl, no Sec-Fetch-*).
    const list = await fetch(`${servers.app.url}/api/monite/v1/entity_users?limit=2`, {
      headers: { 'sec-fetch-site': 'same-origin' },
    })
    expect(list.status).toBe(200)
    expect((await fetch(`${servers.app.url}/api/monite/v1/roles?limit=1`)).status).toBe(200)
    // A write from a non-browser client (no Origin, no Sec-Fetch-*) with JSON and the header.
    const deleted = await fetch(
      `${servers.app.url}/api/monite/v1/roles/${((await created.json()) as { id: string }).id}`,
      { method: 'DELETE', headers: CSRF },
    )
    expect(deleted.status).toBe(204)
    expect(servers.upstream.hits.map((h) => h.method)).toContain('DELETE')
  })
})
