'use client'

// A Client Component: the provider and the hooks.
import { MoniteProvider, useEntityUsers } from '@monite-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { monite } from './monite'

function Count() {
  const users = useEntityUsers({ limit: 5 }, { enabled: false })
  return <p id="status">{`users:${users.status}`}</p>
}

export function Users() {
  const [queryClient] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={queryClient}>
      <MoniteProvider client={monite}>
        <Count />
      </MoniteProvider>
    </QueryClientProvider>
  )
}
