import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PAYABLES, seedDemoPayables } from '../src/monite/demoPayables'
import { fakeBackend } from '../src/monite/fakeBackend'
import { PayablesPage } from '../src/pages/payables/PayablesPage'
import { renderApp, setupFakeMonite } from './fakeApi'

const { fake, entity } = setupFakeMonite()
const userWith = (preset: keyof typeof entity.presetRoles) =>
  fake.store.users(entity.id).find((u) => u.role_id === entity.presetRoles[preset])!

const rows = () => screen.queryAllByTestId('payable-row')
const row = (document: string) => rows().find((r) => within(r).queryByText(document))!
const buttonsOf = (document: string) =>
  within(row(document))
    .queryAllByRole('button')
    .map((b) => b.textContent)
const payableRequests = () =>
  fake.requests.filter((r) => new URL(r.url).pathname.endsWith('/payables'))

beforeEach(async () => {
  // The demo's bills, through the fake's API, as the app seeds them in fake mode.
  await seedDemoPayables(fakeBackend(fake).partnerClient)
  fake.requests.length = 0
  window.history.replaceState(null, '', '/payables')
})

describe('payables screen', () => {
  it('lists the payables newest first, ten a page, with their status', async () => {
    renderApp(fake, <PayablesPage />)
    await waitFor(() => expect(rows()).toHaveLength(10))
    expect(within(rows()[0]!).getByText('INV-2024-110')).toBeTruthy()
    expect(within(row('INV-2024-110')).getByText('Rejected')).toBeTruthy()
    expect(within(row('INV-2024-109')).getByText('Paid')).toBeTruthy()
    expect(within(row('INV-2024-104')).getByText('In approval')).toBeTruthy()
    expect(within(row('INV-2024-101')).getByText('Draft')).toBeTruthy()
    expect(within(row('INV-2024-104')).getByText('€3,100.00')).toBeTruthy()
    expect(screen.getByTestId('payables-count').textContent).toBe(
      `Showing ${DEMO_PAYABLES.length} payables`,
    )
  })

  it('offers the partner every step the status allows', async () => {
    renderApp(fake, <PayablesPage />)
    await waitFor(() => expect(rows()).toHaveLength(10))
    expect(buttonsOf('INV-2024-101')).toEqual(['Cancel'])
    expect(buttonsOf('INV-2024-102')).toEqual(['Submit', 'Cancel'])
    expect(buttonsOf('INV-2024-104')).toEqual(['Approve', 'Reject'])
    expect(buttonsOf('INV-2024-107')).toEqual(['Mark as paid'])
    expect(buttonsOf('INV-2024-109')).toEqual([])
  })

  it('shows an approver approve, reject and pay, never submit or cancel', async () => {
    renderApp(fake, <PayablesPage />, { actAsId: userWith('payablesApprover').id })
    await waitFor(() => expect(buttonsOf('INV-2024-104')).toEqual(['Approve', 'Reject']))
    expect(buttonsOf('INV-2024-107')).toEqual(['Mark as paid'])
    expect(buttonsOf('INV-2024-102')).toEqual([])
    expect(buttonsOf('INV-2024-101')).toEqual([])
  })

  it('shows a read-only user no step at all', async () => {
    renderApp(fake, <PayablesPage />, { actAsId: userWith('readOnly').id })
    await waitFor(() => expect(rows()).toHaveLength(10))
    // The role is known once the rows render with it (usePermissions).
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /INV-/ })).toEqual([]))
  })

  it('asks nothing for a role that may not read payables', async () => {
    renderApp(fake, <PayablesPage />, { actAsId: userWith('noAccess').id })
    await screen.findByText('Your role may not list payables')
    expect(payableRequests()).toEqual([])
  })

  it('approves a payable: the row shows the answer, the fake holds it', async () => {
    const user = userEvent.setup()
    renderApp(fake, <PayablesPage />, { actAsId: userWith('payablesApprover').id })
    const approve = await screen.findByRole('button', { name: 'Approve INV-2024-105' })
    await user.click(approve)
    await screen.findByText('Approved for payment')
    await waitFor(() => expect(within(row('INV-2024-105')).getByText('To be paid')).toBeTruthy())
    expect(buttonsOf('INV-2024-105')).toEqual(['Mark as paid'])
    const list = await fakeBackend(fake).partnerClient.raw.GET('/payables', {
      params: { query: { status: 'waiting_to_be_paid' } },
    })
    expect(list.data?.data.map((p) => p.document_id)).toContain('INV-2024-105')
  })

  it('explains a step Monite refuses (the payable moved on meanwhile), and keeps the list', async () => {
    const user = userEvent.setup()
    renderApp(fake, <PayablesPage />)
    const submit = await screen.findByRole('button', { name: 'Submit INV-2024-102' })
    // Someone else cancels it first: the screen still shows it as new.
    const partner = fakeBackend(fake).partnerClient
    const listed = await partner.raw.GET('/payables', {
      params: { query: { document_id__icontains: 'INV-2024-102' } },
    })
    const payable_id = listed.data!.data[0]!.id
    await partner.raw.POST('/payables/{payable_id}/cancel', { params: { path: { payable_id } } })
    await user.click(submit)
    const toast = await screen.findByRole('alert')
    expect(toast.textContent).toMatch(/Submit failed: INV-2024-102/)
    expect(toast.textContent).toMatch(/needs status new, the payable is canceled/)
    // The 409 says the list is stale: it is read again and the row shows where it is now.
    await waitFor(() => expect(within(row('INV-2024-102')).getByText('Canceled')).toBeTruthy())
    expect(buttonsOf('INV-2024-102')).toEqual([])
    expect(rows()).toHaveLength(10)
    const after = await partner.raw.GET('/payables/{payable_id}', {
      params: { path: { payable_id } },
    })
    expect(after.data?.status).toBe('canceled')
  })

  it('applies ?status= and never sends a status Monite does not know', async () => {
    window.history.replaceState(null, '', '/payables?status=approve_in_progress')
    const first = renderApp(fake, <PayablesPage />)
    await waitFor(() => expect(rows()).toHaveLength(3))
    first.unmount()
    window.history.replaceState(null, '', '/payables?status=bogus')
    renderApp(fake, <PayablesPage />)
    await screen.findByText('Filter not applied')
    await waitFor(() => expect(rows()).toHaveLength(10))
    const queries = payableRequests().map((r) => new URL(r.url).searchParams.get('status'))
    expect(queries).toEqual(['approve_in_progress', null])
  })
})
