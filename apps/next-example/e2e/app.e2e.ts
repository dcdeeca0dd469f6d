// The production build (`next build`) under `next start`, in fake mode (no credentials): the fake
// Monite API lives in the server process. Debian's Chromium drives it. Each file starts its own
// server, so the fake starts from the seeded world.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page, Request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { demoWorld } from '../src/lib/demoWorld'
import {
  appDir,
  type Browser,
  launchBrowser,
  type NextServer,
  startNext,
  watchErrors,
} from './harness'

const [entity] = demoWorld().entities
if (!entity) throw new Error('The demo world has no entity')
const fullName = (u: { first_name?: string; last_name?: string | null }) =>
  [u.first_name, u.last_name].filter(Boolean).join(' ')
const userWithRole = (roleId: string | undefined) => {
  const user = entity.users.find((u) => u.role_id === roleId)
  if (!user) throw new Error(`No user with role ${roleId}`)
  return user
}
const admin = userWithRole(entity.presetRoles.admin)
const reader = userWithRole(entity.presetRoles.readOnly)

let server: NextServer
let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startNext(), launchBrowser()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

afterEach(async () => {
  await page?.close()
})

/** A fresh page (no cookies carried over from another test). */
async function newPage(): Promise<Page> {
  await browser.context.clearCookies()
  page = await browser.context.newPage()
  errors = watchErrors(page)
  return page
}

async function signIn(name: string): Promise<void> {
  await page.goto(server.url)
  await page.getByRole('radio', { name: new RegExp(name) }).check()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText('Signed in as').waitFor()
}

/** Requests to the token route or the Monite proxy. */
function watchMonite(target: Page): Request[] {
  const seen: Request[] = []
  target.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/monite')) seen.push(request)
  })
  return seen
}

/** Waits until React has hydrated the users table (its DOM node carries a fiber). */
async function hydrated(target: Page): Promise<void> {
  await target.waitForFunction(() => {
    const table = document.querySelector('table')
    return !!table && Object.keys(table).some((key) => key.startsWith('__reactFiber$'))
  })
}

async function expectAccessible(target: Page): Promise<void> {
  const result = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Calls a server action by id, as a page of the app would (what a forged call looks like). */
function callAction(actionId: string, args: unknown[]) {
  return page.evaluate(
    async ({ actionId, args }) => {
      const response = await fetch('/', {
        method: 'POST',
        headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify(args),
      })
      return { status: response.status, text: await response.text() }
    },
    { actionId, args },
  )
}

function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(join(appDir, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName?: string }> }
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === name)?.[0]
  if (!id) throw new Error(`No server action ${name} in the build`)
  return id
}

describe('signed out', () => {
  it('offers the demo sign-in, accessible, and no Monite call', async () => {
    await newPage()
    const monite = watchMonite(page)
    await page.goto(server.url)
    await expect.poll(() => page.getByRole('radio').count()).toBe(2)
    await expectAccessible(page)
    expect(monite.map((r) => r.url())).toEqual([])
    expect(errors).toEqual([])
  })

  it('answers /favicon.ico with the app icon (Chromium asks for it mid-navigation)', async () => {
    const redirect = await fetch(`${server.url}/favicon.ico`, { redirect: 'manual' })
    expect(redirect.status).toBe(308)
    const icon = await fetch(`${server.url}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await icon.text()).toContain('<svg')
  })

  it('mints no token and proxies nothing without a session', async () => {
    const token = await fetch(`${server.url}/api/monite-token`, {
      method: 'POST',
      headers: { origin: server.url },
    })
    expect(token.status).toBe(401)
    const list = await fetch(`${server.url}/api/monite/v1/entity_users`, {
      headers: { authorization: 'Bearer forged' },
    })
    expect(list.status).toBe(401)
  })
})

describe('an admin', () => {
  it('gets the prefetched users in the server HTML', async () => {
    await newPage()
    await signIn(fullName(admin))
    const html = await (await page.request.get(server.url)).text()
    for (const user of entity.users) expect(html).toContain(fullName(user))
    expect(html).toContain('Add user')
    expect(html).toMatch(/>Delete<span/)
  })

  it('hydrates without a Monite request and without a console error', async () => {
    await newPage()
    await signIn(fullName(admin))
    const fresh = await browser.context.newPage()
    const freshErrors = watchErrors(fresh)
    const monite = watchMonite(fresh)
    await fresh.goto(server.url)
    await hydrated(fresh)
    await fresh.waitForLoadState('networkidle')
    expect(monite.map((r) => `${r.method()} ${r.url()}`)).toEqual([])
    await expect.poll(() => fresh.getByRole('row').count()).toBe(entity.users.length + 1)
    await expectAccessible(fresh)
    await fresh.close()
    expect(freshErrors).toEqual([])
  })

  it('adds a user (a client mutation) and deletes it (a server action); the list follows', async () => {
    await newPage()
    await signIn(fullName(admin))
    await hydrated(page)
    const monite = watchMonite(page)
    await page.getByLabel('First name').fill('Grace')
    await page.getByLabel('Last name').fill('Hopper')
    await page.getByLabel('Role').selectOption({ label: 'Read only' })
    await page.getByRole('button', { name: 'Add user' }).click()
    const row = page.getByRole('row', { name: /Grace Hopper/ })
    await row.waitFor()
    await expect
      .poll(() => page.getByRole('heading', { name: /^Users/ }).textContent())
      .toBe(`Users (${entity.users.length + 1})`)
    expect(monite.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toContain(
      'POST /api/monite/v1/entity_users',
    )
    await page.getByRole('button', { name: 'Delete Grace Hopper' }).click()
    await row.waitFor({ state: 'detached' })
    await expect
      .poll(() => page.getByRole('heading', { name: /^Users/ }).textContent())
      .toBe(`Users (${entity.users.length})`)
    expect(errors).toEqual([])
  })
})

describe('a read-only user', () => {
  it('sees the users and no write control, on the server and in the browser', async () => {
    await newPage()
    await signIn(fullName(reader))
    const html = await (await page.request.get(server.url)).text()
    expect(html).toContain(fullName(admin))
    expect(html).not.toContain('Add user')
    expect(html).not.toMatch(/>Delete<span/)
    await hydrated(page)
    expect(await page.getByRole('button', { name: /Add user|Delete/ }).count()).toBe(0)
    await expectAccessible(page)
    expect(errors).toEqual([])
  })

  it('after an admin signs out in the same tab, gets none of their controls', async () => {
    await newPage()
    await signIn(fullName(admin))
    await hydrated(page)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('radio', { name: new RegExp(fullName(reader)) }).check()
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText(`Signed in as ${fullName(reader)}`).waitFor()
    await hydrated(page)
    await page.waitForLoadState('networkidle')
    expect(await page.getByRole('button', { name: /Add user|Delete/ }).count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('is refused a forced server action and a forced POST through the proxy', async () => {
    await newPage()
    await signIn(fullName(reader))
    await hydrated(page)

    const forcedAction = await callAction(actionId('deleteEntityUser'), [admin.id])
    expect(forcedAction.text).toContain('Your role may not delete users')

    const forcedPost = await page.evaluate(async () => {
      const token = (await (await fetch('/api/monite-token', { method: 'POST' })).json()) as {
        access_token: string
      }
      const response = await fetch('/api/monite/v1/entity_users', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token.access_token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ first_name: 'Mallory', login: 'mallory' }),
      })
      return response.status
    })
    expect(forcedPost).toBe(403)

    const html = await (await page.request.get(server.url)).text()
    expect(html).toContain(fullName(admin))
    expect(html).not.toContain('Mallory')
  })

  it('gets a token for the session user only, whoever the request names', async () => {
    await newPage()
    await signIn(fullName(reader))
    const me = await page.evaluate(async (adminId) => {
      const token = (await (
        await fetch(`/api/monite-token?entity_user_id=${adminId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-entity-user-id': adminId },
          body: JSON.stringify({ entity_user_id: adminId }),
        })
      ).json()) as { access_token: string }
      const response = await fetch('/api/monite/v1/entity_users/me', {
        headers: { authorization: `Bearer ${token.access_token}` },
      })
      return ((await response.json()) as { id: string }).id
    }, admin.id)
    expect(me).toBe(reader.id)
  })
})

describe('the proxy and the token route', () => {
  it('refuse other origins, other paths and non-JSON bodies', async () => {
    await newPage()
    await signIn(fullName(admin))
    const cookie = (await browser.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const token = (await (
      await fetch(`${server.url}/api/monite-token`, {
        method: 'POST',
        headers: { cookie, origin: server.url },
      })
    ).json()) as { access_token: string }
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { cookie, authorization: `Bearer ${token.access_token}`, ...init.headers },
      }).then((r) => r.status)

    expect(await call('/api/monite/v1/entity_users')).toBe(200)
    // Another site's page: refused before anything reaches Monite.
    expect(
      await call('/api/monite-token', {
        method: 'POST',
        headers: { origin: 'https://evil.example' },
      }),
    ).toBe(403)
    expect(
      await call('/api/monite/v1/entity_users', {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
        body: '{"first_name":"Eve","login":"eve"}',
      }),
    ).toBe(403)
    expect(
      await call('/api/monite/v1/entity_users', { headers: { 'sec-fetch-site': 'cross-site' } }),
    ).toBe(403)
    // Paths and methods outside the allow-list.
    expect(await call('/api/monite/v1/auth/token', { method: 'POST' })).toBe(404)
    expect(await call('/api/monite/v1/entities')).toBe(404)
    expect(
      await call(`/api/monite/v1/roles/${entity.presetRoles.admin}`, { method: 'DELETE' }),
    ).toBe(404)
    // JSON only, and small.
    expect(
      await call('/api/monite/v1/entity_users', {
        method: 'POST',
        headers: { origin: server.url, 'content-type': 'text/plain' },
        body: 'first_name=Eve',
      }),
    ).toBe(415)
    expect(
      await call('/api/monite/v1/entity_users', {
        method: 'POST',
        headers: { origin: server.url, 'content-type': 'application/json' },
        body: '{"first_name":',
      }),
    ).toBe(400)
    expect(
      await call('/api/monite/v1/entity_users', {
        method: 'POST',
        headers: { origin: server.url, 'content-type': 'application/json' },
        body: JSON.stringify({ first_name: 'x'.repeat(70_000), login: 'big' }),
      }),
    ).toBe(413)
    // A forged session cookie is no session.
    const forged = await fetch(`${server.url}/api/monite-token`, {
      method: 'POST',
      headers: { cookie: `monite_session=${admin.id}.9999999999999.forged`, origin: server.url },
    })
    expect(forged.status).toBe(401)
  })
})
