import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PICKER_PAGE_SIZE } from '../src/app/actAs/useUserSearch'
import { Layout } from '../src/app/Layout'
import { UsersPage } from '../src/pages/users/UsersPage'
import { renderApp, setupFakeMonite } from './fakeApi'

// More users than one page of Monite's list (limit ≤ 100): the picker must search on the server
// and page with the cursor, not filter what it happened to load.
const { fake, entity } = setupFakeMonite({ usersPerEntity: 130 })

/** Active users, newest update first: the order the picker lists them in. */
const byUpdate = () =>
  fake.store
    .users(entity.id)
    .filter((u) => u.status === 'active')
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id))

async function openPicker() {
  const user = userEvent.setup()
  renderApp(
    fake,
    <Layout>
      <UsersPage />
    </Layout>,
  )
  await user.click(screen.getByRole('button', { name: 'Act as user…' }))
  const dialog = screen.getByRole('dialog', { name: 'Act as an entity user' })
  return { user, ui: within(dialog) }
}

const listQueries = () =>
  fake.requests
    .filter((r) => r.operation === 'GET /entity_users' && r.headers.authorization)
    .map((r) => new URL(r.url).searchParams)

describe('act-as picker with more users than one page', () => {
  it('finds a user beyond the first 100 by name, searching on the server', async () => {
    const all = byUpdate()
    expect(all.length).toBeGreaterThan(110)
    const far = all[all.length - 1]!
    const fullName = `${far.first_name} ${far.last_name}`
    const { user, ui } = await openPicker()
    await ui.findByText(`${PICKER_PAGE_SIZE} users shown · more available`)
    await user.type(ui.getByLabelText('Find a user'), fullName)
    expect(
      await ui.findByRole('button', { name: new RegExp(far.login) }, { timeout: 3000 }),
    ).toBeTruthy()
    expect(ui.queryByText('No user matches.')).toBeNull()
    expect(listQueries().some((q) => q.get('name__istartswith') === fullName)).toBe(true)
    // Never more than a page per request.
    expect(listQueries().every((q) => Number(q.get('limit') ?? 0) <= PICKER_PAGE_SIZE)).toBe(true)
  })

  it('finds a user by exact login', async () => {
    const far = byUpdate().at(-2)!
    const { user, ui } = await openPicker()
    await user.type(ui.getByLabelText('Find a user'), far.login)
    expect(
      await ui.findByRole('button', { name: new RegExp(far.login) }, { timeout: 3000 }),
    ).toBeTruthy()
    expect(listQueries().some((q) => q.get('login') === far.login)).toBe(true)
  })

  it('pages through every active user with the cursor', async () => {
    const all = byUpdate()
    const { user, ui } = await openPicker()
    await ui.findByText(`${PICKER_PAGE_SIZE} users shown · more available`)
    for (let shown = PICKER_PAGE_SIZE; shown < all.length; shown += PICKER_PAGE_SIZE) {
      await user.click(ui.getByRole('button', { name: 'More users' }))
      const next = Math.min(shown + PICKER_PAGE_SIZE, all.length)
      await ui.findByText(new RegExp(`^${next} users shown`), undefined, { timeout: 3000 })
    }
    expect(ui.queryByRole('button', { name: 'More users' })).toBeNull()
    const names = ui.getAllByRole('button', { name: / · / }).map((b) => b.textContent)
    expect(names).toHaveLength(all.length)
    expect(names.at(-1)).toContain(all.at(-1)!.login)
    expect(listQueries().filter((q) => q.has('pagination_token')).length).toBeGreaterThan(0)
  })

  it('says so when nobody matches', async () => {
    const { user, ui } = await openPicker()
    await user.type(ui.getByLabelText('Find a user'), 'zzzz-nobody')
    await ui.findByText('No user matches.', undefined, { timeout: 3000 })
    await waitFor(() => expect(ui.getByTestId('picker-count').textContent).toBe('0 users shown'))
  })
})
