import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// vitest runs without globals, so @testing-library/react cannot register its own cleanup.
afterEach(() => {
  cleanup()
})
