import type { FakeMoniteCore } from '@monite-kit/fixtures'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  actAs,
  expectNoAxeViolations,
  failNext,
  fakeAppSuite,
  waitForUserRows,
  world,
} from './fakeApp'

// Scale and honest UI in the real browser: the act-as picker with more users than one page of
// Monite's list, a role that may not read roles, invalid filters in the URL, retry only where it
// may help, request ids folded away.

const app = fakeAppSuite('honest', [403, 409, 422, 503])
let page: Page

type FakeWindow = Window & { __moniteFake: FakeMoniteCore }

/** The fake's request log, in the page; `entityUser`: sent with an entity-user token. */
function requests(page: Page) {
  return page.evaluate(() => {
    const fake = (window as unknown as FakeWindow).__moniteFake
    const userTokens = new Set(
      fake.store
        .tokens()
        .filter((t) => t.type === 'entity_user')
        .map((t) => t.token),
    )
    return fake.requests.map((r) => ({
      operation: r.operation,
      url: r.url,
      status: r.status,
      entityUser: userTokens.has((r.headers.authorization ?? '').replace(/^Bearer /, '')),
    }))
  })
}

describe('act as, with 124 users', () => {
  it('searches Monite by name and login, and pages with the cursor', async () => {
    page = await app.open('/users')
    await waitForUserRows(page, 10)
    // 100 more users, all updated before the seeded ones: they sort last.
    await page.evaluate(() => {
      const fake = (window as unknown as FakeWindow).__moniteFake
      const entity = fake.world.entities[0]!
      for (let i = 0; i < 100; i++) {
        fake.store.insertUser(entity.id, {
          first_name: `Zed${String(i).padStart(3, '0')}`,
          last_name: 'Extra',
          login: `zed.extra.${i}`,
          status: 'active',
          created_at: '2020-01-01T00:00:00Z',
          updated_at: `2020-01-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
        })
      }
    })
    const active = (await world(page)).users.filter((u) => u.status === 'active')
    expect(active.length).toBeGreaterThan(110)

    await page.getByRole('button', { name: 'Act as user…' }).click()
    const picker = page.getByTestId('act-as-dialog')
    await expect
      .poll(() => picker.getByTestId('picker-count').textContent())
      .toBe('20 users shown · more available')
    // The oldest of all: number 0, far beyond the first 100.
    await picker.getByLabel('Find a user').fill('Zed000')
    await picker.getByRole('button', { name: /zed\.extra\.0\b/ }).waitFor()
    expect(await picker.getByText('No user matches.').count()).toBe(0)
    await picker.getByLabel('Find a user').fill('zed.extra.1')
    await expect.poll(() => picker.getByTestId('picker-count').textContent()).toBe('1 user shown')
    await picker.getByRole('button', { name: /zed\.extra\.1\b/ }).waitFor()

    // "Zed" matches 100 users: five pages of 20, fetched one "More users" at a time.
    await picker.getByLabel('Find a user').fill('Zed')
    await expect
      .poll(() => picker.getByTestId('picker-count').textContent())
      .toBe('20 users shown · more available')
    for (const shown of [40, 60, 80, 100]) {
      await picker.getByRole('button', { name: 'More users' }).click()
      await expect
        .poll(() => picker.getByTestId('picker-count').textContent())
        .toMatch(new RegExp(`^${shown} users shown`))
    }
    expect(await picker.getByRole('button', { name: 'More users' }).count()).toBe(0)
    await expectNoAxeViolations(page, 'picker with 100 results')

    const lists = (await requests(page))
      .filter((r) => r.operation === 'GET /entity_users')
      .map((r) => new URL(r.url).searchParams)
    expect(lists.some((q) => q.get('name__istartswith') === 'Zed000')).toBe(true)
    expect(lists.some((q) => q.get('login') === 'zed.extra.1')).toBe(true)
    expect(lists.filter((q) => q.has('pagination_token')).length).toBeGreaterThanOrEqual(4)
    expect(lists.every((q) => q.has('pagination_token') || Number(q.get('limit')) <= 20)).toBe(true)

    // Picking the far user works.
    await picker.getByLabel('Find a user').fill('zed.extra.0')
    await picker.getByRole('button', { name: /zed\.extra\.0\b/ }).click()
    await page.getByTestId('identity').getByText('Zed000 Extra').waitFor()
  })
})

describe('honest UI', () => {
  it('a role that may not read roles: no role ids, no /roles requests, a plain notice', async () => {
    page = await app.open('/users')
    await waitForUserRows(page, 10)
    await actAs(page, 'Payables approver')
    await waitForUserRows(page, 10)
    await page.getByTestId('roles-hidden').waitFor()
    expect(await page.getByRole('columnheader', { name: 'Role' }).count()).toBe(0)
    for (const text of await page.getByTestId('user-row').allTextContents()) {
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|[0-9a-f]{8}…/)
    }
    await expectNoAxeViolations(page, 'users, roles hidden')
    await page.getByRole('link', { name: 'Roles' }).click()
    await page.getByText('Your role may not read roles').waitFor()
    await page.getByRole('link', { name: 'Users' }).click()
    await waitForUserRows(page, 10)
    const asUser = (await requests(page)).filter((r) => r.entityUser)
    expect(asUser.filter((r) => r.operation === 'GET /entity_users').length).toBeGreaterThan(0)
    expect(asUser.filter((r) => r.operation === 'GET /roles')).toEqual([])
    expect(asUser.filter((r) => r.status === 403)).toEqual([])
  })

  it('invalid filters in the URL are dropped with a notice and never sent', async () => {
    page = await app.open('/users?status=bogus&role=xyz')
    await page.getByTestId('dropped-filters').waitFor()
    await waitForUserRows(page, 10)
    expect(new URL(page.url()).search).toBe('')
    expect(await page.getByTestId('dropped-filters').textContent()).toContain('status “bogus”')
    expect(await page.locator('.ui-alert--danger').count()).toBe(0)
    await expectNoAxeViolations(page, 'dropped filters notice')
    const lists = (await requests(page)).filter((r) => r.operation === 'GET /entity_users')
    expect(lists.every((r) => r.status === 200)).toBe(true)
    expect(lists.some((r) => /status=|role_id/.test(r.url))).toBe(false)
  })

  it('a 403 offers no retry and keeps the request id in "Details for support"', async () => {
    page = await app.open('/users')
    await waitForUserRows(page, 10)
    await failNext(page, 'GET /entity_users', {
      status: 403,
      body: { error: { message: 'Not for this partner' } },
    })
    await page.getByLabel('Name starts with').fill('a')
    const alert = page.locator('.ui-alert--danger')
    await alert.waitFor()
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0)
    const failed = (await requests(page)).filter((r) => r.status === 403).at(-1)!
    expect(failed).toBeTruthy()
    const details = alert.locator('details')
    expect(await details.isVisible()).toBe(true)
    expect(await alert.locator('code').first().isVisible()).toBe(false)
    await details.locator('summary').click()
    expect(await alert.getByText(/^Request id: /).isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'error with support details open')
  })
})
