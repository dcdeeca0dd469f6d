import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { fakeAppSuite, waitForUserRows, world } from './fakeApp'
import { screenshot } from './harness'

// The main flows with the keyboard alone (page.keyboard only, no clicks): at every step focus is
// on a real element (never <body>) and visibly marked (a solid outline of at least 2 px).

const app = fakeAppSuite('kbd')
let page: Page

interface Focused {
  tag: string
  name: string
  outline: string
  visible: boolean
  /** Contrast of the outline against what it is drawn on (WCAG 1.4.11 wants 3:1). */
  contrast: number
}

/** What has focus, its name, and whether its focus indicator shows. */
function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) {
      return { tag: 'BODY', name: '', outline: '', visible: false, contrast: 0 }
    }
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((v) => {
        const c = v / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const style = getComputedStyle(el)
    const labelled = el.getAttribute('aria-label')
    const label = (el as HTMLInputElement).labels?.[0]?.textContent
    const name = (labelled ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()
    const width = Number.parseFloat(style.outlineWidth)
    const visible =
      style.outlineStyle !== 'none' &&
      width >= 2 &&
      style.outlineColor !== 'rgba(0, 0, 0, 0)' &&
      el.matches(':focus-visible')
    // The outline is drawn outside the element (on its parent's background) unless inset.
    let behind: Element | null = Number.parseFloat(style.outlineOffset) < 0 ? el : el.parentElement
    let background = 'rgb(255, 255, 255)'
    for (; behind; behind = behind.parentElement) {
      const bg = getComputedStyle(behind).backgroundColor
      const alpha = rgb(bg)[3] ?? 1
      if (alpha >= 0.5) {
        background = bg
        break
      }
    }
    const [hi, lo] = [luminance(style.outlineColor), luminance(background)].sort((a, b) => b - a)
    return {
      tag: el.tagName,
      name,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} on ${background}`,
      visible,
      contrast: (hi! + 0.05) / (lo! + 0.05),
    }
  })
}

const steps: string[] = []

/** Focus must be somewhere real and visibly marked. */
async function expectVisibleFocus(step: string): Promise<Focused> {
  const now = await focused()
  steps.push(`${step}: ${now.tag} "${now.name.slice(0, 40)}" ${now.outline}`)
  expect(now.tag, `${step}: focus on <body>, after:\n${steps.slice(-6).join('\n')}`).not.toBe(
    'BODY',
  )
  expect(
    now.visible,
    `${step}: no visible focus on ${now.tag} "${now.name}" (${now.outline})`,
  ).toBe(true)
  expect(
    now.contrast,
    `${step}: faint focus on ${now.tag} "${now.name}" (${now.outline})`,
  ).toBeGreaterThanOrEqual(3)
  return now
}

/** Presses Tab (or Shift+Tab) until focus is on an element whose name matches `name`. */
async function tabTo(name: RegExp | string, options: { back?: boolean; max?: number } = {}) {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text))
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab')
    const now = await expectVisibleFocus(`Tab to ${name}`)
    if (matches(now.name)) return now
  }
  throw new Error(`Never reached ${name} with Tab:\n${steps.slice(-20).join('\n')}`)
}

async function toast(title: string) {
  await page.getByTestId('toast').getByText(title).waitFor()
}

describe('keyboard only', () => {
  it('creates, edits and deletes a user', async () => {
    page = await app.open('/users')
    await waitForUserRows(page, 10)

    await tabTo('Skip to content')
    await page.keyboard.press('Enter')
    await tabTo('New user')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'New user' })
    await dialog.waitFor()
    expect((await expectVisibleFocus('dialog opened')).name).toMatch(/^First name/)
    await page.keyboard.type('Ada')
    await tabTo(/^Last name/)
    await page.keyboard.type('Keyboard')
    await tabTo(/^Login/)
    await page.keyboard.type('ada.keyboard')
    await tabTo(/^Role/)
    await page.keyboard.type('Admin')
    expect(await dialog.getByLabel('Role').inputValue()).not.toBe('')
    await tabTo('Create user')
    await page.keyboard.press('Enter')
    await toast('User created')
    await dialog.waitFor({ state: 'hidden' })
    expect((await expectVisibleFocus('after create')).name).toBe('New user')

    // Edit the new user (first row: newest update first).
    await expect.poll(() => page.getByTestId('user-row').first().textContent()).toContain('Ada')
    await tabTo('Edit Ada Keyboard')
    await page.keyboard.press('Enter')
    const edit = page.getByRole('dialog', { name: 'Edit user' })
    await edit.waitFor()
    await expectVisibleFocus('edit dialog opened')
    await tabTo(/^Last name/)
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Typed')
    await page.keyboard.press('Enter')
    await toast('User updated')
    await edit.waitFor({ state: 'hidden' })
    expect((await expectVisibleFocus('after edit')).name).toBe('Edit Ada Typed')

    // Delete: the confirmation starts on Cancel; Tab to the real button.
    await tabTo('Delete Ada Typed')
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('dialog', { name: 'Delete this user?' })
    await confirm.waitFor()
    expect((await expectVisibleFocus('confirm opened')).name).toBe('Cancel')
    await tabTo('Delete user')
    await page.keyboard.press('Enter')
    await toast('User deleted')
    await confirm.waitFor({ state: 'hidden' })
    // The row's button is gone: focus goes to "New user", not to <body>.
    await expect.poll(async () => (await focused()).name).toBe('New user')
    await expectVisibleFocus('after delete')
  })

  it('loads more, clears filters from the empty state, edits a role, acts as a user', async () => {
    page = await app.open('/users?q=zzzz')
    await page.getByText('No users match these filters').waitFor()
    await tabTo('Clear filters')
    await page.keyboard.press('Enter')
    await waitForUserRows(page, 10)
    expect((await expectVisibleFocus('after clearing filters')).name).toMatch(/^Name starts with/)

    await tabTo('Load more')
    await page.keyboard.press('Enter')
    await waitForUserRows(page, 20)
    expect((await expectVisibleFocus('after load more')).name).toBe('Load more')
    await page.keyboard.press('Enter')
    await waitForUserRows(page, 24)
    // The button is gone with the last page: focus is on the list's status line.
    await expect.poll(async () => (await focused()).name).toMatch(/^Showing 24 users/)
    await expectVisibleFocus('after the last page')

    // Roles: navigate with the sidebar link; focus lands on the page title.
    await tabTo('Roles', { back: true })
    await page.keyboard.press('Enter')
    await page.getByTestId('role-row').first().waitFor()
    expect((await expectVisibleFocus('roles page')).name).toBe('Roles')
    const { roles } = await world(page)
    const custom = roles[roles.length - 1]!
    await tabTo(`Edit ${custom.name}`)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Edit “${custom.name}”` }).waitFor()
    await expectVisibleFocus('role editor')
    await tabTo('Entity user: create')
    await page.keyboard.type('Own only')
    expect(await page.getByLabel('Entity user: create').inputValue()).toBe('allowed_for_own')
    await tabTo('Save role', { back: true })
    await page.keyboard.press('Enter')
    await toast('Role saved')
    await page.getByRole('heading', { name: 'Roles' }).waitFor()
    await expectVisibleFocus('back on roles')
    const saved = (await world(page)).roles.find((r) => r.id === custom.id)!
    expect(
      saved.permissions.objects
        ?.find((o) => o.object_type === 'entity_user')
        ?.actions?.find((a) => a.action_name === 'create')?.permission,
    ).toBe('allowed_for_own')

    // Act as a read-only user.
    const { users, presetRoles } = await world(page)
    const reader = users.find((u) => u.role_id === presetRoles.readOnly && u.status === 'active')!
    await tabTo('Act as user…', { back: true })
    await page.keyboard.press('Enter')
    const picker = page.getByTestId('act-as-dialog')
    await picker.waitFor()
    expect((await expectVisibleFocus('picker opened')).name).toMatch(/^Find a user/)
    // The next page of users, then back up to the search box.
    await expect.poll(() => picker.getByTestId('picker-count').textContent()).toMatch(/^20 users/)
    await tabTo('More users')
    await page.keyboard.press('Enter')
    await expect.poll(() => picker.getByTestId('picker-count').textContent()).toMatch(/^24 users/)
    // The last page removed the button: focus is on the count, inside the dialog.
    await expect.poll(async () => (await focused()).name).toMatch(/^24 users shown/)
    await expectVisibleFocus('after the last picker page')
    await tabTo(/^Find a user/, { back: true })
    await page.keyboard.type(reader.login)
    await picker.getByRole('button', { name: new RegExp(reader.login) }).waitFor()
    await expect.poll(() => picker.getByTestId('picker-count').textContent()).toMatch(/^1 user/)
    await tabTo(new RegExp(reader.login))
    await page.keyboard.press('Enter')
    await page.getByTestId('identity').getByText('Read only').waitFor()
    await expect.poll(async () => (await focused()).tag).not.toBe('BODY')
    // The whole view re-renders for the new identity: focus is on its title.
    expect((await expectVisibleFocus('after acting as')).name).toBe('Roles')
    await tabTo('Back to partner view', { back: true })
  })

  it('at 390 px the users table scrolls inside its own focusable region', async () => {
    page = await app.open('/users', { width: 390 })
    await waitForUserRows(page, 10)
    await screenshot(page, 'users-390')
    const region = page.getByRole('region', { name: 'Users table' })
    const box = () =>
      region.evaluate((el) => ({
        scrollLeft: el.scrollLeft,
        overflow: el.scrollWidth - el.clientWidth,
        tabIndex: el.tabIndex,
      }))
    expect((await box()).overflow).toBeGreaterThan(0)
    expect((await box()).tabIndex).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
    await tabTo('Users table')
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await box()).scrollLeft).toBeGreaterThan(0)
  })
})
