import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing, an offline install and several node/tsc child processes, while turbo runs every
    // other package's tests on the same 2 cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
})
