import AxeBuilder from '@axe-core/playwright'
import type { FakeMoniteCore } from '@monite-kit/fixtures'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import {
  type AppServer,
  type Browser,
  launchBrowser,
  screenshot,
  startServer,
  watchErrors,
} from './harness'

// Helpers for browser tests of fake mode: the production build served by the app's own server,
// the fake Monite API in the page (a fresh seeded world per page).

export interface OpenPage {
  page: Page
  errors: string[]
}

/** A new tab at `path`, once the page title is rendered; `width` narrows the viewport. */
export async function openPage(
  browser: Browser,
  server: AppServer,
  path: string,
  options: { width?: number } = {},
): Promise<OpenPage> {
  const page = await browser.context.newPage()
  if (options.width) await page.setViewportSize({ width: options.width, height: 844 })
  const errors = watchErrors(page)
  await page.goto(`${server.url}${path}`)
  await page.locator('#main-heading').waitFor()
  return { page, errors }
}

/** What {@link fakeAppSuite} gives a test file. */
export interface FakeAppSuite {
  /** The app's server in fake mode (set in `beforeAll`). */
  readonly server: AppServer
  /** A new tab at `path` (see {@link openPage}); closed and checked after the test. */
  open(path: string, options?: { width?: number }): Promise<Page>
}

/**
 * The lifecycle every fake-mode browser suite shares: the app's server and a browser for the
 * file; after each test a screenshot if it failed (`test-results/screenshots/failed-<name>-…`),
 * the tab closed, and no console error but the failed requests the suite provokes on purpose
 * (`expectedStatuses`, see {@link unexpectedErrors}).
 */
export function fakeAppSuite(name: string, expectedStatuses?: number[]): FakeAppSuite {
  let server: AppServer | undefined
  let browser: Browser | undefined
  let current: OpenPage | undefined
  beforeAll(async () => {
    server = await startServer({})
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  afterEach(async (context) => {
    const opened = current
    current = undefined
    if (!opened) return
    if (context.task.result?.state === 'fail' && !opened.page.isClosed()) {
      const test = context.task.name.replace(/\W+/g, '-').slice(0, 50)
      await screenshot(opened.page, `failed-${name}-${test}`)
    }
    await opened.page.close()
    expect(unexpectedErrors(opened.errors, expectedStatuses)).toEqual([])
  })
  return {
    get server() {
      if (!server) throw new Error('the app server starts in beforeAll')
      return server
    },
    async open(path, options) {
      if (!browser || !server) throw new Error('the app server starts in beforeAll')
      current = await openPage(browser, server, path, options)
      return current.page
    },
  }
}

/** Console errors other than the failed requests a test provoked on purpose. */
export function unexpectedErrors(errors: string[], expectedStatuses = [403, 409, 422]): string[] {
  const pattern = new RegExp(`status of (${expectedStatuses.join('|')})`)
  return errors.filter((e) => !pattern.test(e))
}

type FakeWindow = Window & { __moniteFake: FakeMoniteCore }

/** The seeded world, read from the fake in the page. */
export function world(page: Page) {
  return page.evaluate(() => {
    const fake = (window as unknown as FakeWindow).__moniteFake
    const entity = fake.world.entities[0]!
    return {
      entityId: entity.id,
      presetRoles: entity.presetRoles,
      users: fake.store.users(entity.id),
      roles: fake.store.roles(entity.id),
    }
  })
}

/** Makes the fake answer the next `operation` with `response` (see `fake.control.failNext`). */
export function failNext(
  page: Page,
  operation: string,
  response: { status: number; body?: unknown },
): Promise<void> {
  return page.evaluate(
    ({ operation, response }) => {
      const fake = (window as unknown as FakeWindow).__moniteFake
      type FailNext = Parameters<FakeMoniteCore['control']['failNext']>
      // The operation and body come from the test as plain data; the fake checks them.
      fake.control.failNext(operation as FailNext[0], response as FailNext[1])
    },
    { operation, response },
  )
}

/** Rows of the users table. */
export const userRows = (page: Page) => page.getByTestId('user-row')

export async function waitForUserRows(page: Page, count: number): Promise<void> {
  await expect.poll(() => userRows(page).count(), { timeout: 10_000 }).toBe(count)
}

/** Opens "Act as" and picks the first user holding `roleName`; waits for the switch. */
export async function actAs(page: Page, roleName: string) {
  const { users, roles } = await world(page)
  const roleId = roles.find((r) => r.name === roleName)!.id
  const user = users.find((u) => u.role_id === roleId && u.status === 'active')!
  await page.getByRole('button', { name: /Act as user|Switch user/ }).click()
  const dialog = page.getByTestId('act-as-dialog')
  await dialog.getByLabel('Find a user').fill(user.login)
  await dialog.getByRole('button', { name: new RegExp(user.login) }).click()
  await page.getByTestId('identity').getByText(roleName).waitFor()
  return user
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe-core over the whole page with the WCAG 2.2 A/AA tags; fails listing every violation. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join(' | ')}`,
  )
  expect(found, `axe on ${state}`).toEqual([])
  // Something was checked: axe saw the page's content.
  expect(result.passes.length, `axe passes on ${state}`).toBeGreaterThan(10)
}

/** The page does not scroll sideways (WCAG 1.4.10 reflow at 320 CSS px; here at the width given). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}
