import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { Component, type ReactNode, Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useSuspenseEntityUser, useSuspenseMe, useSuspenseRoles } from '../src'
import {
  partnerClient,
  renderWithMonite,
  setupFakeMonite,
  userClient,
  userWithRole,
} from './helpers'

const { world, fake } = setupFakeMonite()

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error.message}</p> : this.props.children
  }
}

function UserName({ id }: { id: string }) {
  const { data } = useSuspenseEntityUser(id)
  return <p>user {data.login}</p>
}

function Whoami() {
  const { data } = useSuspenseMe()
  const roles = useSuspenseRoles({ limit: 1 }, { select: (p) => p.data.length })
  return (
    <p>
      me {data.login} ({roles.data})
    </p>
  )
}

describe('suspense hooks', () => {
  it('suspend to the fallback, then render data', async () => {
    fake.control.setLatency(20)
    const user = world.entities[0]!.users[0]!
    renderWithMonite(
      <Suspense fallback={<p>suspended</p>}>
        <UserName id={user.id} />
      </Suspense>,
      { client: partnerClient(world) },
    )
    expect(screen.getByText('suspended')).toBeTruthy()
    await screen.findByText(`user ${user.login}`)
  })

  it('throw a MoniteApiError to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderWithMonite(
      <QueryErrorResetBoundary>
        <Boundary>
          <Suspense fallback={<p>suspended</p>}>
            <UserName id="00000000-0000-4000-8000-000000000000" />
          </Suspense>
        </Boundary>
      </QueryErrorResetBoundary>,
      { client: partnerClient(world) },
    )
    await screen.findByText(/^failed:/)
  })

  it('work for session data', async () => {
    const user = userWithRole(world, 'Admin')
    renderWithMonite(
      <Suspense fallback={<p>suspended</p>}>
        <Whoami />
      </Suspense>,
      { client: userClient(world, user) },
    )
    expect(await screen.findByText(`me ${user.login} (1)`)).toBeTruthy()
  })
})
