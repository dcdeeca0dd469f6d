// Runs the README's generic-layer example as it is written (its `tsx` block, with
// `@monite-kit/react` pointed at this package's source) against the fake: it renders the role,
// renames it optimistically and refreshes every role query through `moniteKeys.path`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { ComponentType } from 'react'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { partnerClient, renderWithMonite, setupFakeMonite } from '../helpers'

const { world, fake } = setupFakeMonite()
const here = `${import.meta.dirname}/`
let RoleEditor: ComponentType<{ roleId: string }>

beforeAll(async () => {
  const readme = readFileSync(`${here}../../README.md`, 'utf8')
  const section = readme.split('\n## Every operation: the generic layer\n')[1]?.split('\n## ')[0]
  const code = /```tsx\n([\s\S]*?)\n```/.exec(section ?? '')?.[1]
  if (!code) throw new Error('README.md: no tsx block in "Every operation: the generic layer"')
  mkdirSync(`${here}.generated`, { recursive: true })
  // one file per project: the React 18 and 19 runs may overlap
  const file = `${here}.generated/readmeGenericLayer${inject('reactMajor')}.tsx`
  writeFileSync(file, code.replaceAll("'@monite-kit/react'", "'../../../src'"))
  ;({ RoleEditor } = await import(/* @vite-ignore */ file))
})

const listGets = () =>
  fake.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === '/v1/roles').length

describe("the README's generic-layer example", () => {
  it('shows the role, renames it at once, then with the answer, and refreshes by path', async () => {
    const role = world.entities[0]!.roles[1]!
    renderWithMonite(<RoleEditor roleId={role.id} />, { client: partnerClient(world) })
    await screen.findByRole('heading', { name: role.name })
    // the names list (select) holds it too
    await waitFor(() => expect(screen.getAllByText(new RegExp(role.name))).toHaveLength(2))

    fake.control.setLatency(150)
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }))
    // optimistic: shown before Monite answers
    await screen.findByRole('heading', { name: `${role.name} (2)` })
    await waitFor(async () => {
      const stored = await partnerClient(world).roles.get(role.id)
      expect(stored.name).toBe(`${role.name} (2)`)
    })
    fake.control.setLatency(0)

    const before = listGets()
    fireEvent.click(screen.getByRole('button', { name: 'Refresh every role query' }))
    await waitFor(() => expect(listGets()).toBe(before + 1))
    expect(screen.getByRole('heading').textContent).toBe(`${role.name} (2)`)
  })
})
