import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    // Each test file starts its own redis-server and Node processes; 2 shared cores.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
})
