import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import React, { useState } from 'react'
import { version as reactDomVersion } from 'react-dom'
import { renderToString } from 'react-dom/server'
import { describe, expect, inject, it } from 'vitest'
import { createTestQueryClient } from './helpers'

// Each vitest project provides the React major it runs on (vitest.config.ts); checking it here
// makes sure the React 18 aliasing cannot silently fall back to React 19.
const reactMajor = inject('reactMajor')

function Counter() {
  const [count] = useState(1)
  const query = useQuery({ queryKey: ['react-version'], queryFn: () => React.version })
  return <p>{`${count} ${query.data ?? 'pending'}`}</p>
}

describe(`React ${reactMajor}`, () => {
  it('is the React this project runs on', () => {
    expect([18, 19]).toContain(reactMajor)
    expect(React.version).toMatch(new RegExp(`^${reactMajor}\\.`))
    expect(reactDomVersion).toBe(React.version)
  })

  // Hooks fail ("Invalid hook call", null dispatcher) when react-dom, @testing-library/react or
  // @tanstack/react-query get a different React copy than this file.
  it('is the one React of react-dom, @testing-library/react and @tanstack/react-query', async () => {
    const ui = (
      <QueryClientProvider client={createTestQueryClient()}>
        <Counter />
      </QueryClientProvider>
    )
    expect(renderToString(ui)).toContain('1 pending')
    render(ui)
    expect(await screen.findByText(`1 ${React.version}`)).toBeTruthy()
  })
})
