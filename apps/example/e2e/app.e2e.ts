import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  actAs as actAsRole,
  failNext,
  fakeAppSuite,
  world as readWorld,
  userRows,
  waitForUserRows,
} from './fakeApp'
import { screenshot } from './harness'

// The production build (dist/) served by the app's own server in fake mode: the fake Monite API
// runs in the page, so every new page starts from the same seeded world.

const app = fakeAppSuite('app')
beforeAll(() => expect(app.server.mode).toBe('fake'))
let page: Page

async function open(path: string): Promise<Page> {
  page = await app.open(path)
  return page
}

const rows = () => userRows(page)
const waitForRows = (count: number) => waitForUserRows(page, count)
const world = () => readWorld(page)

describe('users', () => {
  it('lists the first page and loads more with next_pagination_token', async () => {
    await open('/users')
    await waitForRows(10)
    await expect.poll(() => page.getByTestId('users-count').textContent()).toContain('10 users')
    await screenshot(page, 'users')
    await page.getByRole('button', { name: 'Load more' }).click()
    await waitForRows(20)
    await page.getByRole('button', { name: 'Load more' }).click()
    await waitForRows(24)
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0)
  })

  it('filters by role and name prefix, keeps the filters in the URL across a reload', async () => {
    await open('/users')
    await waitForRows(10)
    const { presetRoles, users } = await world()
    await page.getByLabel('Role').selectOption({ label: 'Read only' })
    const readOnly = users.filter((u) => u.role_id === presetRoles.readOnly)
    await waitForRows(readOnly.length)
    expect(page.url()).toContain(`role=${presetRoles.readOnly}`)

    const target = readOnly[0]!
    const prefix = target.first_name!.slice(0, 3)
    await page.getByLabel('Name starts with').fill(prefix)
    const expected = readOnly.filter((u) =>
      `${u.first_name} ${u.last_name}`.toLowerCase().startsWith(prefix.toLowerCase()),
    )
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(prefix)}`)
    await waitForRows(expected.length)

    await page.reload()
    await page.locator('#main-heading').waitFor()
    await waitForRows(expected.length)
    expect(await page.getByLabel('Name starts with').inputValue()).toBe(prefix)
    expect(await page.getByLabel('Role').inputValue()).toBe(presetRoles.readOnly)
    await expect.poll(() => rows().first().textContent()).toContain(target.first_name!)

    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await waitForRows(10)
    expect(new URL(page.url()).search).toBe('')
  })

  it('validates locally, then creates a user', async () => {
    await open('/users')
    await waitForRows(10)
    const newUser = page.getByRole('button', { name: 'New user' })
    await newUser.click()
    const dialog = page.getByRole('dialog', { name: 'New user' })
    await dialog.waitFor()
    // Focus starts in the first field.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'first_name',
    )
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await dialog.getByText('First name is required').waitFor()
    await dialog.getByText('Login is required').waitFor()
    await dialog.getByText('Choose a role', { exact: true }).waitFor()
    expect(await dialog.getByLabel('First name').getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'first_name',
    )

    await dialog.getByLabel('First name').fill('Ada')
    await dialog.getByLabel('Last name').fill('Lovelace')
    await dialog.getByLabel('Login').fill('ada.lovelace')
    await dialog.getByLabel('Email').fill('not-an-email')
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await dialog.getByText('Enter an email like ada@example.com').waitFor()
    await dialog.getByLabel('Email').fill('ada@example.com')
    await dialog.getByLabel('Role').selectOption({ label: 'Admin' })
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await page.getByTestId('toast').getByText('User created').waitFor()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => rows().first().textContent()).toContain('Ada Lovelace')
    // Focus is back on the button that opened the dialog.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('New user')
  })

  it("shows Monite's 422 detail on the field it names, and 409 on login", async () => {
    await open('/users')
    await waitForRows(10)
    await failNext(page, 'POST /entity_users', {
      status: 422,
      body: {
        detail: [
          { loc: ['body', 'phone'], msg: 'value is not a valid phone number', type: 'value_error' },
        ],
      },
    })
    await page.getByRole('button', { name: 'New user' }).click()
    const dialog = page.getByRole('dialog', { name: 'New user' })
    await dialog.getByLabel('First name').fill('Grace')
    await dialog.getByLabel('Login').fill('grace.hopper')
    await dialog.getByLabel('Phone').fill('+49 000 0000')
    await dialog.getByLabel('Role').selectOption({ label: 'Read only' })
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await dialog.getByText('Value is not a valid phone number').waitFor()
    expect(await dialog.getByLabel('Phone').getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('phone')
    await screenshot(page, 'user-form-422')

    // A login that exists already: Monite answers 409, shown on the login field.
    const { users } = await world()
    await dialog.getByLabel('Phone').fill('')
    await dialog.getByLabel('Login').fill(users[0]!.login)
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await dialog.getByText(/already exists/).waitFor()
    expect(await dialog.getByLabel('Login').getAttribute('aria-invalid')).toBe('true')

    // Escape closes the dialog and hands focus back.
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('New user')
  })

  it('edits a user', async () => {
    await open('/users')
    await waitForRows(10)
    const first = rows().first()
    const name = (await first.locator('.app-user-cell__name').textContent())!
    await first.getByRole('button', { name: `Edit ${name}` }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit user' })
    expect(await dialog.getByLabel('First name').inputValue()).toBe(name.split(' ')[0])
    await dialog.getByLabel('Last name').fill('Renamed')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await page.getByTestId('toast').getByText('User updated').waitFor()
    await expect.poll(() => rows().first().textContent()).toContain(`${name.split(' ')[0]} Renamed`)
  })

  it('asks before deleting, then deletes', async () => {
    await open('/users')
    await waitForRows(10)
    const first = rows().first()
    const name = (await first.locator('.app-user-cell__name').textContent())!
    const del = first.getByRole('button', { name: `Delete ${name}` })
    await del.click()
    const confirm = page.getByRole('dialog', { name: 'Delete this user?' })
    await confirm.waitFor()
    // Focus starts on Cancel, the safe choice; cancelling hands focus back to the row's button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel')
    await screenshot(page, 'user-delete-confirm')
    await page.keyboard.press('Enter')
    await confirm.waitFor({ state: 'hidden' })
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Delete ${name}`)

    await del.click()
    await confirm.getByRole('button', { name: 'Delete user' }).click()
    await page.getByTestId('toast').getByText('User deleted').waitFor()
    await expect.poll(() => rows().getByText(name, { exact: true }).count()).toBe(0)
    await waitForRows(10)
  })
})

describe('roles', () => {
  it('explains the 409 when a role is still in use', async () => {
    await open('/roles')
    await page.getByTestId('role-row').first().waitFor()
    await screenshot(page, 'roles')
    await page.getByRole('button', { name: 'Delete Admin' }).click()
    const dialog = page.getByTestId('confirm-delete-role')
    await dialog.getByRole('button', { name: 'Delete role' }).click()
    await dialog.getByText('This role is still in use').waitFor()
    await dialog.getByText(/409 Conflict/).waitFor()
    await screenshot(page, 'role-in-use-409')
    await dialog.getByRole('link', { name: 'Show the users with this role' }).click()
    await page.getByRole('heading', { name: 'Users' }).waitFor()
    const { presetRoles, users } = await world()
    expect(page.url()).toContain(`role=${presetRoles.admin}`)
    await waitForRows(users.filter((u) => u.role_id === presetRoles.admin).length)
  })

  it('creates a role with the permission matrix, refuses a duplicate name, deletes an unused role', async () => {
    await open('/roles')
    await page.getByRole('button', { name: 'New role' }).click()
    await page.getByRole('heading', { name: 'New role' }).waitFor()
    await page.getByLabel('Role name').fill('Auditors')
    await page.getByRole('button', { name: 'Nothing allowed' }).click()
    await page.getByLabel('Entity user: read').selectOption('allowed')
    await page.getByLabel('Entity user: update').selectOption('allowed_for_own')
    await page.getByLabel('Payable: approve').selectOption('allowed')
    await page.getByLabel('Receivable: set every action').selectOption('allowed')
    await screenshot(page, 'role-editor')
    await page.getByRole('button', { name: 'Create role' }).click()
    await page.getByTestId('toast').getByText('Role created').waitFor()
    await page.getByRole('heading', { name: 'Roles' }).waitFor()
    await page.getByRole('link', { name: 'Auditors' }).waitFor()

    const { roles } = await world()
    const auditors = roles.find((r) => r.name === 'Auditors')!
    const perms = (type: string) =>
      auditors.permissions.objects?.find((o) => o.object_type === type)?.actions
    expect(perms('entity_user')).toContainEqual({ action_name: 'read', permission: 'allowed' })
    expect(perms('entity_user')).toContainEqual({
      action_name: 'update',
      permission: 'allowed_for_own',
    })
    expect(perms('payable')).toContainEqual({ action_name: 'approve', permission: 'allowed' })
    expect(perms('receivable')?.every((a) => a.permission === 'allowed')).toBe(true)

    // Same name again: Monite's 409 lands on the name field.
    await page.getByRole('button', { name: 'New role' }).click()
    await page.getByLabel('Role name').fill('Auditors')
    await page.getByRole('button', { name: 'Create role' }).click()
    await page.getByText(/already exists/).waitFor()
    expect(await page.getByLabel('Role name').getAttribute('aria-invalid')).toBe('true')

    // An unused role deletes fine.
    await page.getByRole('link', { name: '← All roles' }).click()
    await page.getByRole('button', { name: 'Delete Auditors' }).click()
    await page
      .getByTestId('confirm-delete-role')
      .getByRole('button', { name: 'Delete role' })
      .click()
    await page.getByTestId('toast').getByText('Role deleted').waitFor()
    await expect.poll(() => page.getByRole('link', { name: 'Auditors' }).count()).toBe(0)
  })
})

describe('act as', () => {
  const actAs = (roleName: string) => actAsRole(page, roleName)

  it('a read-only user sees no write actions; an admin user does', async () => {
    await open('/users')
    await waitForRows(10)
    expect(await page.getByRole('button', { name: /^Delete / }).count()).toBe(10)
    const user = await actAs('Read only')
    expect(await page.getByTestId('identity').textContent()).toContain(user.first_name)
    await waitForRows(10)
    expect(await page.getByRole('button', { name: 'New user' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Delete / }).count()).toBe(0)
    await screenshot(page, 'act-as-read-only')

    await page.getByRole('link', { name: 'Roles' }).click()
    await page.getByTestId('role-row').first().waitFor()
    expect(await page.getByRole('button', { name: 'New role' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Delete / }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^View / }).count()).toBeGreaterThan(0)

    // The choice survives a reload (a new token is minted).
    await page.reload()
    await page.getByTestId('identity').getByText('Read only').waitFor()

    await actAs('Admin')
    await page.getByRole('button', { name: 'New role' }).waitFor()
    await page.getByRole('button', { name: 'Back to partner view' }).click()
    await page.getByText('partner token').waitFor()
  })

  it('profile: PATCH /entity_users/me and the role permissions', async () => {
    await open('/profile')
    await page.getByText('You are using a partner-level token').waitFor()
    await page.getByRole('button', { name: 'Act as an entity user…' }).click()
    const { users, presetRoles } = await world()
    const user = users.find((u) => u.role_id === presetRoles.ownRecordsOnly)!
    const dialog = page.getByTestId('act-as-dialog')
    await dialog.getByLabel('Find a user').fill(user.login)
    await dialog.getByRole('button', { name: new RegExp(user.login) }).click()
    await page.getByTestId('my-role-name').getByText('Own records only').waitFor()
    const form = page.getByRole('form', { name: 'Your details' })
    expect(await form.getByLabel('First name').inputValue()).toBe(user.first_name)
    await form.getByLabel('Last name').fill('Updated')
    await form.getByLabel('Email').fill('broken@')
    await form.getByRole('button', { name: 'Save profile' }).click()
    await form.getByText('Enter an email like ada@example.com').waitFor()
    await form.getByLabel('Email').fill('me@example.com')
    await form.getByRole('button', { name: 'Save profile' }).click()
    await page.getByTestId('toast').getByText('Profile saved').waitFor()
    await page.getByText(`Acting as ${user.first_name} Updated`).waitFor()
    await screenshot(page, 'profile')
  })
})

describe('fake mode', () => {
  it('reset data brings the seeded world back', async () => {
    await open('/users')
    await waitForRows(10)
    const first = rows().first()
    const name = (await first.locator('.app-user-cell__name').textContent())!
    await first.getByRole('button', { name: `Delete ${name}` }).click()
    await page.getByRole('button', { name: 'Delete user' }).click()
    await expect.poll(() => rows().getByText(name, { exact: true }).count()).toBe(0)
    await page.getByRole('button', { name: 'Reset data' }).click()
    await page
      .getByRole('dialog', { name: 'Reset the fake data?' })
      .getByRole('button', { name: 'Reset data' })
      .click()
    await page.getByTestId('toast').getByText('Data reset').waitFor()
    await rows().getByText(name, { exact: true }).waitFor()
  })
})
