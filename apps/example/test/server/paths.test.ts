import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appBehindFakeMonite, CSRF, hostOf, JSON_CSRF, rawRequest } from './support'

// The proxy's allow-list must hold against every spelling of a path: the server decodes once,
// refuses anything ambiguous, and sends Monite a path it built itself from the route and the
// validated ids — so what reaches Monite is always one of four shapes, whatever the browser sent.

const servers = appBehindFakeMonite()

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const PAYABLE_STEPS = [
  'submit_for_approval',
  'approve_payment_operation',
  'reject',
  'cancel',
  'mark_as_paid',
]
/** The only paths Monite may ever see from the proxy. */
function isBuiltPath(path: string): boolean {
  const [, v1, resource, id, step, ...rest] = path.split('/')
  if (v1 !== 'v1' || rest.length) return false
  if (!['entity_users', 'roles', 'counterparts', 'payables'].includes(resource ?? '')) return false
  if (step !== undefined && (resource !== 'payables' || !PAYABLE_STEPS.includes(step))) return false
  return id === undefined || UUID.test(id)
}

/** Raw request target (no client normalising dots or encodings on the way). */
function send(target: string, method = 'GET', headers: Record<string, string> = {}) {
  const lines = [
    `Host: ${hostOf(servers.app.url)}`,
    'Connection: close',
    ...Object.entries(headers).map(([n, v]) => `${n}: ${v}`),
  ]
  return rawRequest(
    servers.app.url,
    `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`,
  )
}

const P = '/api/monite/v1'

/** What reached Monite besides the server's own partner-token requests. */
const proxied = () => servers.upstream.hits.filter((h) => h.url !== '/v1/auth/token')

describe('path canonicalisation', () => {
  it('refuses encoded separators, dot segments, parameters and case tricks without calling Monite', async () => {
    const hostile = [
      `${P}/roles/..%2f..%2fpayables`,
      `${P}/roles/..%2F..%2Fpayables`,
      `${P}/roles/%2e%2e%2fpayables`,
      `${P}/roles/%2E%2E/payables`,
      `${P}/roles/..%5cpayables`,
      `${P}/roles/..\\payables`,
      `${P}/roles/../payables`,
      `${P}/roles/./`,
      `${P}/roles/%2e`,
      `${P}//roles`,
      `${P}/entity_users/%6De`,
      `${P}/entity_users/%6d%65`,
      `${P}/entity_users/ME`,
      `${P}/entity_users/me`,
      `${P}/entity_users/my_role`,
      `${P}/Entity_Users`,
      `${P}/ROLES`,
      `${P}/roles/abc;payables`,
      `${P}/roles;x=1`,
      `${P}/roles%3bx`,
      `${P}/roles/%252e%252e%252fpayables`,
      `${P}/roles/${'-'.repeat(36)}`,
      `${P}/roles/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz`,
      `${P}/roles/00000000-0000-4000-8000-000000000000/extra`,
      `${P}/roles/00000000-0000-4000-8000-000000000000%00`,
      `${P}/roles%00`,
      `${P}/roles/`,
      `${P}/auth/token`,
      `${P}/entities`,
      `/api/monite/v1%2froles`,
      `/api/monite/v1/../v1/roles`,
    ]
    for (const target of hostile) {
      const response = await send(target)
      expect([400, 404], target).toContain(response.status)
    }
    expect(servers.upstream.hits).toEqual([])
  })

  it('sends Monite the path it built, lower-cased ids included', async () => {
    const role = servers.upstream.fake.world.entities[0]!.roles[0]!.id
    const response = await send(`${P}/roles/${role.toUpperCase()}`)
    expect(response.status).toBe(200)
    expect(proxied().map((h) => h.url)).toEqual([`/v1/roles/${role}`])
  })

  it('forwards only allow-listed query parameters, re-encoded by the server', async () => {
    const roleId = servers.upstream.fake.world.entities[0]!.presetRoles.admin
    const ok = await send(
      `${P}/entity_users?limit=2&name__istartswith=a%26b%3Dc%23&role_id__in=${roleId}&role_id__in=${roleId}`,
    )
    expect(ok.status).toBe(200)
    const forwarded = new URL(proxied()[0]!.url, 'http://x')
    expect(forwarded.pathname).toBe('/v1/entity_users')
    expect([...forwarded.searchParams]).toEqual([
      ['limit', '2'],
      ['name__istartswith', 'a&b=c#'],
      ['role_id__in', roleId],
      ['role_id__in', roleId],
    ])
    servers.upstream.hits.length = 0
    for (const query of [
      '?entity_id=x',
      '?limit=2&x-monite-entity-id=1',
      '?name=Admin',
      '?login=a&Limit=1',
      '?limit=%E0%A4%A',
    ]) {
      const response = await send(`${P}/entity_users${query}`)
      expect(response.status, query).toBe(400)
    }
    // `name` is a filter of /roles, not of /entity_users; /roles/{id} takes none.
    expect((await send(`${P}/roles?name=Admin`)).status).toBe(200)
    expect((await send(`${P}/roles/${roleId}?limit=1`)).status).toBe(400)
    expect(proxied().map((h) => h.url)).toEqual(['/v1/roles?name=Admin'])
  })

  it('property: allow-listed query values reach Monite exactly; any other name is refused', async () => {
    const allowed = ['limit', 'name__istartswith', 'login', 'role_id__in', 'pagination_token']
    const names = [...allowed, 'entity_id', 'x-monite-entity-id', 'Limit', 'name', 'limit ', '']
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.constantFrom(...names), fc.string({ unit: 'binary', maxLength: 12 })),
          {
            maxLength: 4,
          },
        ),
        async (pairs) => {
          servers.upstream.hits.length = 0
          const query = pairs
            .map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`)
            .join('&')
          const response = await send(`${P}/entity_users?${query}`)
          if (!pairs.every(([name]) => allowed.includes(name))) {
            expect(response.status, query).toBe(400)
            expect(proxied()).toEqual([])
            return
          }
          // Monite may dislike a value (422); what matters is exactly what it received.
          const [hit] = proxied()
          expect(hit, query).toBeDefined()
          const forwarded = new URL(hit!.url, 'http://x')
          expect(forwarded.pathname).toBe('/v1/entity_users')
          expect([...forwarded.searchParams], query).toEqual(pairs)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('sets x-monite-version itself, whatever the browser sent', async () => {
    await fetch(`${servers.app.url}${P}/roles?limit=1`, {
      headers: { 'x-monite-version': '2099-01-01' },
    })
    await fetch(`${servers.app.url}${P}/roles`, {
      method: 'POST',
      headers: { ...JSON_CSRF, 'x-monite-version': '1999-01-01' },
      body: JSON.stringify({ name: 'Versioned', permissions: {} }),
    })
    expect(proxied().map((h) => h.headers['x-monite-version'])).toEqual([
      '2024-05-25',
      '2024-05-25',
    ])
  })

  it('mints tokens only for real UUIDs', async () => {
    for (const id of [
      '-'.repeat(36),
      'g'.repeat(36),
      '00000000-0000-4000-8000-00000000000',
      `${'0'.repeat(36)}`,
      ' 00000000-0000-4000-8000-000000000000',
    ]) {
      const response = await fetch(`${servers.app.url}/api/monite-token`, {
        method: 'POST',
        headers: JSON_CSRF,
        body: JSON.stringify({ entity_user_id: id }),
      })
      expect(response.status, id).toBe(400)
    }
    expect(servers.upstream.hits).toEqual([])
  })

  it('proxies payables: lists with their filters, one payable, its workflow steps as POST only', async () => {
    const payable = '00000000-0000-4000-8000-00000000abcd'
    expect((await send(`${P}/payables?limit=2&status=new`)).status).toBe(200)
    // Steps (bodyless, as the app sends them) answer whatever Monite says (404 here: no such
    // payable), but they reach it.
    const steps = await Promise.all(
      PAYABLE_STEPS.map((step) =>
        send(`${P}/payables/${payable}/${step}`, 'POST', { ...CSRF, 'Content-Length': '0' }),
      ),
    )
    expect(steps.map((r) => r.status)).toEqual(PAYABLE_STEPS.map(() => 404))
    expect(
      proxied()
        .map((h) => `${h.method} ${h.url}`)
        .sort(),
    ).toEqual(
      [
        'GET /v1/payables?limit=2&status=new',
        ...PAYABLE_STEPS.map((step) => `POST /v1/payables/${payable}/${step}`),
      ].sort(),
    )
    servers.upstream.hits.length = 0
    const refused = [
      ['POST', `${P}/payables`],
      ['PATCH', `${P}/payables/${payable}`],
      ['DELETE', `${P}/payables/${payable}`],
      ['GET', `${P}/payables/${payable}/cancel`],
      ['POST', `${P}/payables/${payable}/delete`],
      ['POST', `${P}/payables/${payable}/cancel/again`],
      ['POST', `${P}/roles/${payable}/cancel`],
      ['POST', `${P}/payables/cancel`],
      ['POST', `${P}/roles`],
      ['GET', `${P}/payables?sender=x`],
    ] as const
    for (const [method, target] of refused) {
      const response = await send(
        target,
        method,
        method === 'GET' ? {} : { ...CSRF, 'Content-Length': '0' },
      )
      // 415: a POST that is not a workflow step still needs a JSON body.
      expect([400, 404, 405, 415], `${method} ${target}`).toContain(response.status)
    }
    expect(proxied()).toEqual([])
  })

  it('property: whatever the path, Monite sees one of the built shapes or nothing', async () => {
    const role = servers.upstream.fake.world.entities[0]!.roles[1]!.id
    const pieces = [
      'roles',
      'entity_users',
      'ROLES',
      'me',
      'ME',
      '%6De',
      '..',
      '.',
      '%2e',
      '%2E%2e',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      ';',
      '%3b',
      '%00',
      '%25',
      '%E0%A4%A',
      'payables',
      'cancel',
      'mark_as_paid',
      'auth',
      'token',
      '',
      role,
      role.toUpperCase(),
      role.replace(/-/g, '%2d'),
      '-'.repeat(36),
      '%20',
      '?',
      '#',
      'v1',
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('GET', 'DELETE', 'PATCH', 'POST'),
        async (segments, method) => {
          servers.upstream.hits.length = 0
          const target = `${P}/${segments.join('/')}`
          const headers: Record<string, string> =
            method === 'GET' ? {} : { ...CSRF, 'Content-Length': '0' }
          const response = await send(target, method, headers)
          expect(response.status, target).toBeGreaterThanOrEqual(200)
          expect(response.status, target).toBeLessThan(500)
          for (const hit of proxied()) {
            const path = hit.url.split('?')[0]!
            expect(isBuiltPath(path), `${target} reached Monite as ${hit.url}`).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
