'use client'

import { createContext } from 'react'
import type { MoniteReactClient } from '../types'

/** @internal */
export interface MoniteContextValue {
  client: MoniteReactClient
  scope: string | undefined
}

/** @internal */
export const MoniteContext = createContext<MoniteContextValue | null>(null)
MoniteContext.displayName = 'MoniteContext'
