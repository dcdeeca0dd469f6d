'use client'

import { useContext } from 'react'
import { MoniteContext, type MoniteContextValue } from './context'

/** @internal The provider's value; throws a helpful error outside a {@link MoniteProvider}. */
export function useMoniteContext(): MoniteContextValue {
  const value = useContext(MoniteContext)
  if (!value) {
    throw new Error(
      '@monite-kit/react: no Monite client. Wrap your app in <MoniteProvider client={…}> (inside your QueryClientProvider).',
    )
  }
  return value
}
