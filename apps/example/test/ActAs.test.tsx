import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Layout } from '../src/app/Layout'
import { ProfilePage } from '../src/pages/profile/ProfilePage'
import { UsersPage } from '../src/pages/users/UsersPage'
import { renderApp, setupFakeMonite } from './fakeApi'

const { fake, entity } = setupFakeMonite()
const userWith = (preset: keyof typeof entity.presetRoles) =>
  fake.store.users(entity.id).find((u) => u.role_id === entity.presetRoles[preset])!

describe('act as', () => {
  it('mints an entity-user token and hides what the role does not allow', async () => {
    const reader = userWith('readOnly')
    const user = userEvent.setup()
    renderApp(
      fake,
      <Layout>
        <UsersPage />
      </Layout>,
    )
    await screen.findAllByRole('button', { name: /^Delete / })
    expect(screen.getByRole('button', { name: 'New user' })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Act as user…' }))
    const dialog = screen.getByRole('dialog', { name: 'Act as an entity user' })
    await user.type(within(dialog).getByLabelText('Find a user'), reader.login)
    await user.click(
      await within(dialog).findByRole(
        'button',
        { name: new RegExp(reader.login) },
        { timeout: 3000 },
      ),
    )

    await screen.findByTestId('acting-role', undefined, { timeout: 5000 })
    expect(screen.getByTestId('acting-role').textContent).toBe('Read only')
    await waitFor(() => expect(screen.getAllByTestId('user-row').length).toBe(10))
    expect(screen.queryByRole('button', { name: 'New user' })).toBeNull()
    expect(screen.queryAllByRole('button', { name: /^(Edit|Delete) / })).toEqual([])

    // The token came from POST /auth/token with grant_type entity_user, via the fake.
    const minted = fake.store.tokens().filter((t) => t.type === 'entity_user')
    expect(minted.map((t) => t.entityUserId)).toContain(reader.id)
  })

  it('lets an own-records user edit only their own row', async () => {
    const own = userWith('ownRecordsOnly')
    renderApp(
      fake,
      <Layout>
        <UsersPage />
      </Layout>,
      { actAsId: own.id },
    )
    await screen.findByTestId('acting-role')
    window.history.replaceState(null, '', `/users?q=${own.first_name}`)
    await waitFor(() => expect(screen.getAllByTestId('user-row').length).toBeGreaterThan(0))
    const edits = await screen.findAllByRole('button', { name: /^Edit / })
    expect(edits.map((b) => b.getAttribute('aria-label'))).toEqual([
      `Edit ${own.first_name} ${own.last_name}`,
    ])
  })

  it('profile: PATCH /entity_users/me with local validation', async () => {
    const me = userWith('payablesApprover')
    const user = userEvent.setup()
    renderApp(fake, <ProfilePage />, { actAsId: me.id })
    const form = await screen.findByRole('form', { name: 'Your details' })
    const ui = within(form)
    await waitFor(() =>
      expect((ui.getByLabelText(/First name/) as HTMLInputElement).value).toBe(me.first_name),
    )
    expect(await screen.findByTestId('my-role-name')).toBeTruthy()
    expect(screen.getByTestId('my-role-name').textContent).toBe('Payables approver')
    await user.clear(ui.getByLabelText(/First name/))
    await user.click(ui.getByRole('button', { name: 'Save profile' }))
    expect(ui.getByText('First name is required')).toBeTruthy()
    await user.type(ui.getByLabelText(/First name/), 'Renée')
    await user.click(ui.getByRole('button', { name: 'Save profile' }))
    await waitFor(() => expect(fake.store.user(me.id)?.first_name).toBe('Renée'))
    const patch = fake.requests.find((r) => r.operation === 'PATCH /entity_users/me')!
    expect(patch.headers.authorization).toMatch(/^Bearer /)
  })

  it('without an entity-user token, the profile explains why there is no "me"', async () => {
    renderApp(fake, <ProfilePage />)
    expect(screen.getByText('You are using a partner-level token')).toBeTruthy()
    expect(fake.requests.some((r) => r.path === '/entity_users/me')).toBe(false)
  })
})
