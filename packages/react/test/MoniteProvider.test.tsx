import { createMoniteClient } from '@monite-kit/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { MoniteProvider, useEntityUsers, useMoniteClient } from '../src'
import { createTestQueryClient } from './helpers'

const client = createMoniteClient({
  baseUrl: 'https://api.sandbox.monite.com/v1',
  entityId: 'e1',
  auth: { type: 'token', token: 't' },
})

describe('MoniteProvider / useMoniteClient', () => {
  it('gives hooks the client', () => {
    const { result } = renderHook(() => useMoniteClient(), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <MoniteProvider client={client}>{children}</MoniteProvider>
      ),
    })
    expect(result.current).toBe(client)
  })

  it('the nearest provider wins', () => {
    const inner = client.withEntity('e2')
    const { result } = renderHook(() => useMoniteClient().entityId, {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <MoniteProvider client={client}>
          <MoniteProvider client={inner}>{children}</MoniteProvider>
        </MoniteProvider>
      ),
    })
    expect(result.current).toBe('e2')
  })

  it('explains what is missing outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useMoniteClient())).toThrow(/MoniteProvider/)
    const queryClient = createTestQueryClient()
    expect(() =>
      renderHook(() => useEntityUsers(), {
        wrapper: ({ children }: { children?: ReactNode }) => (
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        ),
      }),
    ).toThrow(/MoniteProvider/)
  })

  it('uses the app QueryClientProvider rather than its own', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() =>
      renderHook(() => useEntityUsers(), {
        wrapper: ({ children }: { children?: ReactNode }) => (
          <MoniteProvider client={client}>{children}</MoniteProvider>
        ),
      }),
    ).toThrow(/QueryClient/)
  })
})
