import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts', 'src/**/*.test-d.ts'] },
    restoreMocks: true,
    // Generous: CI has 2 cores shared by turbo's parallel tasks; generation alone can take seconds.
    testTimeout: 30_000,
  },
})
