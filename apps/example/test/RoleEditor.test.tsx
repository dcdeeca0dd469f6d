import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { RoleEditorPage } from '../src/pages/roles/RoleEditorPage'
import { RolesPage } from '../src/pages/roles/RolesPage'
import { renderApp, setupFakeMonite } from './fakeApi'

const { fake, entity } = setupFakeMonite()

const permission = (roleName: string, type: string, action: string) =>
  fake.store
    .roles(entity.id)
    .find((r) => r.name === roleName)
    ?.permissions.objects?.find((o) => o.object_type === type)
    ?.actions?.find((a) => a.action_name === action)?.permission

describe('role editor', () => {
  it('creates a role from the permission matrix, payable actions included', async () => {
    window.history.replaceState(null, '', '/roles/new')
    const user = userEvent.setup()
    renderApp(fake, <RoleEditorPage roleId={null} />)
    await user.click(screen.getByRole('button', { name: 'Create role' }))
    expect(screen.getByText('Name is required')).toBeTruthy()

    await user.type(screen.getByLabelText(/Role name/), 'Approvers')
    await user.click(screen.getByRole('button', { name: 'Nothing allowed' }))
    await user.selectOptions(screen.getByLabelText('Payable: approve'), 'allowed')
    await user.selectOptions(screen.getByLabelText('Payable: pay'), 'allowed_for_own')
    await user.selectOptions(screen.getByLabelText('Counterpart: set every action'), 'allowed')
    await user.click(screen.getByRole('button', { name: 'Create role' }))
    await waitFor(() => expect(window.location.pathname).toBe('/roles'))
    expect(permission('Approvers', 'payable', 'approve')).toBe('allowed')
    expect(permission('Approvers', 'payable', 'pay')).toBe('allowed_for_own')
    expect(permission('Approvers', 'payable', 'read')).toBe('not_allowed')
    expect(permission('Approvers', 'counterpart', 'delete')).toBe('allowed')
    expect(permission('Approvers', 'entity_user', 'read')).toBe('not_allowed')
  })

  it('edits an existing role and maps a 409 duplicate name onto the name field', async () => {
    const readOnly = entity.presetRoles.readOnly!
    const user = userEvent.setup()
    renderApp(fake, <RoleEditorPage roleId={readOnly} />)
    const name = await screen.findByLabelText(/Role name/)
    expect((name as HTMLInputElement).value).toBe('Read only')
    expect((screen.getByLabelText('Entity user: read') as HTMLSelectElement).value).toBe('allowed')
    await user.clear(name)
    await user.type(name, 'Admin')
    await user.click(screen.getByRole('button', { name: 'Save role' }))
    expect(await screen.findByText(/already exists/)).toBeTruthy()
    expect(name.getAttribute('aria-invalid')).toBe('true')
    await waitFor(() => expect(document.activeElement).toBe(name))

    await user.clear(name)
    await user.type(name, 'Viewers')
    await user.selectOptions(screen.getByLabelText('Role: update'), 'allowed')
    await user.click(screen.getByRole('button', { name: 'Save role' }))
    await waitFor(() => expect(fake.store.role(readOnly)?.name).toBe('Viewers'))
    expect(permission('Viewers', 'role', 'update')).toBe('allowed')
  })

  it('shows a 422 on the name field', async () => {
    fake.control.failNext('POST /roles', {
      status: 422,
      body: { detail: [{ loc: ['body', 'name'], msg: 'name is reserved', type: 'value_error' }] },
    })
    const user = userEvent.setup()
    renderApp(fake, <RoleEditorPage roleId={null} />)
    await user.type(screen.getByLabelText(/Role name/), 'System')
    await user.click(screen.getByRole('button', { name: 'Create role' }))
    expect(await screen.findByText('Name is reserved')).toBeTruthy()
  })
})

describe('roles list', () => {
  it('explains a 409 when deleting a role that users still hold', async () => {
    const user = userEvent.setup()
    renderApp(fake, <RolesPage />)
    await user.click(await screen.findByRole('button', { name: 'Delete Admin' }))
    await user.click(screen.getByRole('button', { name: 'Delete role' }))
    expect(await screen.findByText('This role is still in use')).toBeTruthy()
    const link = screen.getByRole('link', { name: 'Show the users with this role' })
    expect(link.getAttribute('href')).toBe(`/users?role=${entity.presetRoles.admin}`)
    // Deleting again would get the same 409: no "Try again", only a way out.
    const dialog = screen.getByRole('dialog', { name: 'This role is still in use' })
    expect(within(dialog).queryByRole('button', { name: /Try again|Delete role/ })).toBeNull()
    // The button pressed is gone: focus is on Close, not on <body>.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' })),
    )
    expect(fake.store.role(entity.presetRoles.admin!)).toBeTruthy()
    // It really was Monite's 409.
    const del = fake.requests.find((r) => r.operation === 'DELETE /roles/{role_id}')
    expect(del?.status).toBe(409)
  })
})
