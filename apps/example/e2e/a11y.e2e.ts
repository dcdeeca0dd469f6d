import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  actAs,
  expectNoAxeViolations,
  failNext,
  fakeAppSuite,
  horizontalOverflow,
  waitForUserRows,
  world,
} from './fakeApp'

// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every screen and state of fake mode, at desktop
// width and at 390 px, where the page must not scroll sideways either.

const app = fakeAppSuite('a11y', [403, 409, 422, 500])
let page: Page

async function open(path: string, width?: number) {
  page = await app.open(path, { width })
  return page
}

describe.each([
  { label: 'desktop', width: undefined },
  { label: '390 px', width: 390 },
])('axe, $label', ({ width }) => {
  async function check(state: string) {
    await expectNoAxeViolations(page, `${state} (${width ?? 1360} px)`)
    if (width) expect(await horizontalOverflow(page), `sideways scroll on ${state}`).toBe(0)
  }

  it('users: list, filters, empty state, toasts', async () => {
    await open('/users', width)
    await waitForUserRows(page, 10)
    await check('users list')

    const { presetRoles, users } = await world(page)
    await page.getByLabel('Role').selectOption({ label: 'Read only' })
    await waitForUserRows(page, users.filter((u) => u.role_id === presetRoles.readOnly).length)
    await check('users filtered by role')

    await page.getByLabel('Name starts with').fill('zzzz')
    await page.getByText('No users match these filters').waitFor()
    await check('users empty state')

    await page.getByRole('button', { name: 'Clear filters' }).last().click()
    await waitForUserRows(page, 10)
    const name = (await page.locator('.app-user-cell__name').first().textContent())!
    await page.getByRole('button', { name: `Delete ${name}` }).click()
    await page.getByRole('dialog', { name: 'Delete this user?' }).waitFor()
    await check('delete confirmation')
    await page.getByRole('button', { name: 'Delete user' }).click()
    await page.getByTestId('toast').getByText('User deleted').waitFor()
    await check('success toast')

    await failNext(page, 'DELETE /entity_users/{entity_user_id}', {
      status: 403,
      body: { error: { message: "Action 'delete' on 'entity_user' is not allowed" } },
    })
    const next = (await page.locator('.app-user-cell__name').first().textContent())!
    await page.getByRole('button', { name: `Delete ${next}` }).click()
    await page.getByRole('button', { name: 'Delete user' }).click()
    await page.locator('.ui-toast--danger').waitFor()
    await check('error toast')
  })

  it('user dialog: local errors and a 422 from Monite', async () => {
    await open('/users', width)
    await waitForUserRows(page, 10)
    await page.getByRole('button', { name: 'New user' }).click()
    const dialog = page.getByRole('dialog', { name: 'New user' })
    await dialog.waitFor()
    await check('new user dialog')
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await dialog.getByText('First name is required').waitFor()
    await check('new user dialog with local errors')

    await failNext(page, 'POST /entity_users', {
      status: 422,
      body: {
        detail: [
          { loc: ['body', 'phone'], msg: 'value is not a valid phone number', type: 'value_error' },
          { loc: ['body', 'nickname'], msg: 'extra fields not permitted', type: 'extra' },
        ],
      },
    })
    await dialog.getByLabel('First name').fill('Grace')
    await dialog.getByLabel('Login').fill('grace.hopper')
    await dialog.getByLabel('Phone').fill('+49 000 0000')
    await dialog.getByLabel('Role').selectOption({ label: 'Read only' })
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await dialog.getByText('Value is not a valid phone number').waitFor()
    await check('user dialog with a 422')
  })

  it('roles: list, editor new and edit, 409 on delete', async () => {
    await open('/roles', width)
    await page.getByTestId('role-row').first().waitFor()
    await check('roles list')
    await page.getByRole('button', { name: 'Delete Admin' }).click()
    const confirm = page.getByTestId('confirm-delete-role')
    await confirm.getByRole('button', { name: 'Delete role' }).click()
    await confirm.getByText('This role is still in use').waitFor()
    await check('role in use (409)')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'New role' }).click()
    await page.getByRole('heading', { name: 'New role' }).waitFor()
    await check('new role editor')
    await page.getByRole('button', { name: 'Create role' }).click()
    await page.getByText('Name is required').waitFor()
    await check('new role editor with an error')

    const { roles } = await world(page)
    await page.goto(`${app.server.url}/roles/${roles[0]!.id}`)
    await page.getByRole('heading', { name: `Edit “${roles[0]!.name}”` }).waitFor()
    await check('role editor, edit')
  })

  it('profile and the act-as picker', async () => {
    await open('/profile', width)
    await page.getByText('You are using a partner-level token').waitFor()
    await check('profile without an entity-user token')
    await page.getByRole('button', { name: 'Act as an entity user…' }).click()
    await page.getByTestId('act-as-dialog').getByRole('list').waitFor()
    await check('act-as picker open')
    await page.keyboard.press('Escape')
    await actAs(page, 'Own records only')
    await page.getByTestId('my-role-name').waitFor()
    await check('profile while acting')
  })

  it('payables: list, filter, an approver approving, a refused step', async () => {
    await open('/payables', width)
    const rows = page.getByTestId('payable-row')
    await expect.poll(() => rows.count()).toBe(10)
    // The vendor column comes from GET /counterparts?id__in=…, once the rows are known.
    await page.getByRole('cell', { name: 'Northwind Traders' }).first().waitFor()
    await check('payables list')

    await page.getByLabel('Status').selectOption({ label: 'In approval' })
    await expect.poll(() => rows.count()).toBe(3)
    await check('payables filtered by status')

    await actAs(page, 'Payables approver')
    await page.getByRole('button', { name: 'Approve INV-2024-105' }).click()
    await page.getByTestId('toast').getByText('Approved for payment').waitFor()
    await expect.poll(() => rows.count()).toBe(2)
    await check('payables after a step')
    expect(await page.getByRole('button', { name: /^(Submit|Cancel) / }).count()).toBe(0)

    // Monite refuses the next step (409): the toast explains, the list is read again.
    await failNext(page, 'POST /payables/{payable_id}/reject', {
      status: 409,
      body: { error: { message: "Payable couldn't be updated due to current state" } },
    })
    await page.getByRole('button', { name: 'Reject INV-2024-106' }).click()
    await page.locator('.ui-toast--danger').getByText('Reject failed: INV-2024-106').waitFor()
    await check('payables, a refused step')
  })

  it('acting as a read-only user', async () => {
    await open('/users', width)
    await waitForUserRows(page, 10)
    await actAs(page, 'Read only')
    await waitForUserRows(page, 10)
    await check('users as a read-only user')
    await page.getByRole('link', { name: 'Roles' }).click()
    await page.getByTestId('role-row').first().waitFor()
    await check('roles as a read-only user')
    await page
      .getByRole('button', { name: /^View / })
      .first()
      .click()
    await page.locator('.ui-perm-static').first().waitFor()
    await check('a role, read only')
    await page.getByRole('link', { name: 'Profile' }).click()
    await page.getByTestId('my-role-name').waitFor()
    await check('profile of a read-only user')
  })
})
