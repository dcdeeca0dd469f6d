import type { EntityUser } from '@monite-kit/client'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { UserFormDialog } from '../src/pages/users/UserFormDialog'
import { renderApp, setupFakeMonite } from './fakeApi'

const { fake, entity, server } = setupFakeMonite()
const roles = () => fake.store.roles(entity.id)

function renderForm(user: EntityUser | null = null) {
  const onClose = vi.fn()
  const onSaved = vi.fn()
  renderApp(
    fake,
    <UserFormDialog open user={user} roles={roles()} onClose={onClose} onSaved={onSaved} />,
  )
  const dialog = screen.getByRole('dialog', { name: user ? 'Edit user' : 'New user' })
  return { dialog, onClose, onSaved, ui: within(dialog) }
}

describe('UserFormDialog', () => {
  it('validates locally without calling Monite', async () => {
    const user = userEvent.setup()
    const { ui } = renderForm()
    const before = fake.requests.length
    await user.click(ui.getByRole('button', { name: 'Create user' }))
    expect(ui.getByText('First name is required')).toBeTruthy()
    expect(ui.getByText('Login is required')).toBeTruthy()
    expect(ui.getByText('Choose a role', { selector: '.ui-error' })).toBeTruthy()
    expect(ui.getByLabelText(/First name/).getAttribute('aria-invalid')).toBe('true')
    // The message is tied to the field for assistive technology.
    const firstName = ui.getByLabelText(/First name/)
    const describedBy = firstName.getAttribute('aria-describedby')!
    expect(document.getElementById(describedBy)?.textContent).toBe('First name is required')
    await user.type(ui.getByLabelText(/Login/), 'bad login!')
    await user.type(ui.getByLabelText('Email'), 'nope')
    await user.type(ui.getByLabelText('Phone'), 'call me')
    await user.click(ui.getByRole('button', { name: 'Create user' }))
    expect(ui.getByText('Use letters, digits and . _ @ + - only')).toBeTruthy()
    expect(ui.getByText('Enter an email like ada@example.com')).toBeTruthy()
    expect(ui.getByText(/international format/i, { selector: '.ui-error' })).toBeTruthy()
    expect(fake.requests.length).toBe(before)
  })

  it('creates a user through useCreateEntityUser', async () => {
    const user = userEvent.setup()
    const { ui, onSaved, onClose } = renderForm()
    await user.type(ui.getByLabelText(/First name/), 'Ada')
    await user.type(ui.getByLabelText('Last name'), 'Lovelace')
    await user.type(ui.getByLabelText(/Login/), 'ada')
    await user.type(ui.getByLabelText('Email'), 'ada@example.com')
    await user.selectOptions(ui.getByLabelText(/Role/), 'Admin')
    await user.click(ui.getByRole('button', { name: 'Create user' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce())
    expect(onClose).toHaveBeenCalled()
    const created = fake.store.users(entity.id).find((u) => u.login === 'ada')!
    expect(created).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
    })
    expect(created.role_id).toBe(entity.presetRoles.admin)
    expect(await screen.findByText('User created')).toBeTruthy()
  })

  it("puts Monite's 422 detail on the named field and the rest in an alert", async () => {
    fake.control.failNext('POST /entity_users', {
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'email'],
            msg: 'value is not a valid email address',
            type: 'value_error',
          },
          { loc: ['body', 'nickname'], msg: 'extra fields not permitted', type: 'extra' },
        ],
      },
    })
    const user = userEvent.setup()
    const { ui, onSaved } = renderForm()
    await user.type(ui.getByLabelText(/First name/), 'Ada')
    await user.type(ui.getByLabelText(/Login/), 'ada')
    await user.type(ui.getByLabelText('Email'), 'ada@example.com')
    await user.selectOptions(ui.getByLabelText(/Role/), 'Admin')
    await user.click(ui.getByRole('button', { name: 'Create user' }))
    expect(await ui.findByText('Value is not a valid email address')).toBeTruthy()
    expect(ui.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true')
    expect(ui.getByRole('alert').textContent).toContain('nickname: extra fields not permitted')
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('Email')))
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('shows a 409 (login taken) on the login field', async () => {
    const taken = fake.store.users(entity.id)[0]!.login
    const user = userEvent.setup()
    const { ui } = renderForm()
    await user.type(ui.getByLabelText(/First name/), 'Ada')
    await user.type(ui.getByLabelText(/Login/), taken)
    await user.selectOptions(ui.getByLabelText(/Role/), 'Admin')
    await user.click(ui.getByRole('button', { name: 'Create user' }))
    expect(await ui.findByText(/already exists/)).toBeTruthy()
    expect(ui.getByLabelText(/Login/).getAttribute('aria-invalid')).toBe('true')
  })

  it('reports 403, 5xx and network failures without closing', async () => {
    fake.control.failNext('PATCH /entity_users/{entity_user_id}', {
      status: 403,
      body: { error: { message: "Action 'update' on 'entity_user' is not allowed" } },
    })
    const existing = fake.store.users(entity.id)[0]!
    const user = userEvent.setup()
    const { ui, onClose } = renderForm(existing)
    expect((ui.getByLabelText(/First name/) as HTMLInputElement).value).toBe(existing.first_name)
    await user.clear(ui.getByLabelText('Last name'))
    await user.type(ui.getByLabelText('Last name'), 'Changed')
    await user.click(ui.getByRole('button', { name: 'Save changes' }))
    const alert = await ui.findByRole('alert')
    expect(alert.textContent).toContain('Not allowed')
    expect(alert.textContent).toContain('Your role does not allow this')

    fake.control.failNext('PATCH /entity_users/{entity_user_id}', { status: 503 })
    await user.click(ui.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(ui.getByRole('alert').textContent).toMatch(/503|failed/))
    expect(onClose).not.toHaveBeenCalled()

    server.use(
      http.patch(`${fake.baseUrl}/entity_users/:id`, () => HttpResponse.error(), { once: true }),
    )
    await user.click(ui.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(ui.getByRole('alert').textContent).toContain('Network problem'))
    expect(onClose).not.toHaveBeenCalled()

    await user.click(ui.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(fake.store.user(existing.id)?.last_name).toBe('Changed')
  })
})
