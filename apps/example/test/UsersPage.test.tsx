import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Layout } from '../src/app/Layout'
import { RolesPage } from '../src/pages/roles/RolesPage'
import { UsersPage } from '../src/pages/users/UsersPage'
import { renderApp, setupFakeMonite } from './fakeApi'

const { fake, entity } = setupFakeMonite()
const userWith = (preset: keyof typeof entity.presetRoles) =>
  fake.store.users(entity.id).find((u) => u.role_id === entity.presetRoles[preset])!
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}/i

/** The users page, and a button that unmounts and remounts it (as leaving and coming back does). */
function Remountable() {
  const [shown, setShown] = useState(true)
  return (
    <>
      {shown ? <UsersPage /> : null}
      <button type="button" onClick={() => setShown((s) => !s)}>
        Toggle page
      </button>
    </>
  )
}

function renderUsers(options: { actAsId?: string; url?: string } = {}) {
  window.history.replaceState(null, '', options.url ?? '/users')
  return renderApp(
    fake,
    <Layout>
      <Remountable />
    </Layout>,
    { actAsId: options.actAsId ?? null },
  )
}

async function remount() {
  const toggle = screen.getByRole('button', { name: 'Toggle page' })
  await userEvent.click(toggle)
  expect(screen.queryByTestId('user-row')).toBeNull()
  await userEvent.click(toggle)
}

const requests = (operation: string) => fake.requests.filter((r) => r.operation === operation)

describe('users page', () => {
  it('a user whose role cannot read roles sees no role ids, and /roles is never asked', async () => {
    const approver = userWith('payablesApprover')
    renderUsers({ actAsId: approver.id })
    await waitFor(() => expect(screen.getAllByTestId('user-row').length).toBe(10))
    expect(screen.getByTestId('roles-hidden').textContent).toMatch(/may not read roles/)
    expect(screen.queryByRole('columnheader', { name: 'Role' })).toBeNull()
    expect(screen.queryByLabelText('Role')).toBeNull()
    for (const row of screen.getAllByTestId('user-row')) expect(row.textContent).not.toMatch(UUID)
    // Remounting (as navigating does) asks nothing either.
    await remount()
    await waitFor(() => expect(screen.getAllByTestId('user-row').length).toBe(10))
    expect(requests('GET /roles')).toEqual([])
  })

  it('after a 403 on /roles, stops asking', async () => {
    // The role says "read allowed" but Monite refuses: shown as hidden, asked once.
    fake.control.failNext('GET /roles', {
      status: 403,
      body: { error: { message: "Action 'read' on 'role' is not allowed" } },
    })
    renderUsers()
    await screen.findByTestId('roles-hidden', undefined, { timeout: 3000 })
    await remount()
    await waitFor(() => expect(screen.getAllByTestId('user-row').length).toBe(10))
    expect(screen.getByTestId('roles-hidden')).toBeTruthy()
    expect(requests('GET /roles').length).toBe(1)
  })

  it('a role without any read on users gets an explanation, not a 403', async () => {
    renderUsers({ actAsId: userWith('noAccess').id })
    expect(await screen.findByText('Your role may not list users')).toBeTruthy()
    expect(requests('GET /entity_users').filter((r) => r.status === 403)).toEqual([])
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it('offers no "Try again" for a 403, but does for a 503, and keeps the request id in details', async () => {
    fake.control.failNext('GET /entity_users', {
      status: 403,
      body: { error: { message: 'Not for you' } },
    })
    const view = renderUsers()
    const alert = (await screen.findByText('Not allowed')).closest<HTMLElement>('.ui-alert')!
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull()
    const details = alert.querySelector('details')!
    expect(details.querySelector('summary')?.textContent).toBe('Details for support')
    const logged = requests('GET /entity_users').at(-1)!
    expect(details.textContent).toContain(logged.requestId)
    // The visible text carries no request id.
    const visible = alert.textContent!.replace(details.textContent!, '')
    expect(visible).not.toContain(logged.requestId)
    view.unmount()

    for (let i = 0; i < 8; i++) fake.control.failNext('GET /entity_users', { status: 503 })
    renderUsers({ url: '/users?q=a' })
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 15_000 })
    expect(retry).toBeTruthy()
  }, 30_000)

  it('ignores invalid filters in the URL, says so, and never sends them', async () => {
    renderUsers({ url: '/users?status=bogus&role=xyz&q=a' })
    const notice = await screen.findByTestId('dropped-filters')
    expect(notice.textContent).toContain('status “bogus”: not a status')
    expect(notice.textContent).toContain('role “xyz”: not a role id')
    await waitFor(() => expect(window.location.search).toBe('?q=a'))
    await waitFor(() => expect(screen.getAllByTestId('user-row').length).toBeGreaterThan(0))
    for (const r of requests('GET /entity_users')) {
      const query = new URL(r.url).searchParams
      expect(query.get('status')).toBeNull()
      expect(query.getAll('role_id__in')).toEqual([])
      expect(r.status).toBe(200)
    }
    expect(document.querySelector('.ui-alert--danger')).toBeNull()
  })

  it('drops a well-formed role id that is no role of the entity', async () => {
    renderUsers({ url: '/users?role=00000000-0000-4000-8000-000000000000' })
    const notice = await screen.findByTestId('dropped-filters')
    expect(notice.textContent).toContain('no role of this entity')
    await waitFor(() => expect(window.location.search).toBe(''))
  })

  it('moves focus to the name box after "Clear filters" in the empty state', async () => {
    const user = userEvent.setup()
    renderUsers({ url: '/users?q=zzzz' })
    await screen.findByText('No users match these filters')
    const buttons = screen.getAllByRole('button', { name: 'Clear filters' })
    await user.click(buttons.at(-1)!)
    await waitFor(() => expect(screen.getAllByTestId('user-row').length).toBe(10))
    expect(document.activeElement).toBe(screen.getByLabelText('Name starts with'))
  })
})

describe('roles page', () => {
  it('a role that cannot read roles is told so, and /roles is not asked', async () => {
    window.history.replaceState(null, '', '/roles')
    renderApp(fake, <RolesPage />, { actAsId: userWith('payablesApprover').id })
    expect(await screen.findByText('Your role may not read roles')).toBeTruthy()
    expect(requests('GET /roles')).toEqual([])
  })
})
