import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundling with esbuild is quick, but turbo runs every package's tests at once on 2 cores.
    testTimeout: 60_000,
  },
})
