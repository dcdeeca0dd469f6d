import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { Providers } from '@/components/Providers'
import { moniteBackend } from '@/lib/monite.server'
import { readSession } from '@/lib/session.server'
import './globals.css'

export const metadata: Metadata = {
  title: 'monite-kit · Next.js example',
  description: 'Entity users of a Monite entity, with Server Components and TanStack Query.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await readSession()
  const backend = moniteBackend()
  const monite = session
    ? {
        apiBaseUrl: backend.apiBaseUrl,
        entityId: backend.entityId,
        entityUserId: session.entityUserId,
      }
    : null
  return (
    <html lang="en">
      <body>
        {/* A new identity gets new providers: no cache entry outlives the user who loaded it. */}
        <Providers key={session?.entityUserId ?? 'signed-out'} monite={monite}>
          {children}
        </Providers>
      </body>
    </html>
  )
}
