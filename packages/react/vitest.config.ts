import { createRequire } from 'node:module'
import { defineConfig, type Plugin } from 'vitest/config'

/** Options both projects share: the runtime tests (the type tests run once, on React 19's types). */
const runtime = {
  environment: 'happy-dom',
  include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
  setupFiles: ['./test/setup.ts'],
  restoreMocks: true,
  testTimeout: 20_000,
}

/**
 * The `react-18-env` devDependency (test/react18/package.json) depends on react 18 and react-dom 18,
 * so pnpm links react-dom 18 to React 18. Resolving `react`, `react-dom` and their subpaths
 * (`react/jsx-runtime`, `react-dom/client`, `react-dom/server`, `react-dom/test-utils`, ...) as if
 * imported from that package gives the React 18 copies, with their `exports` conditions intact.
 */
const react18Importer = createRequire(import.meta.url).resolve('react-18-env/package.json')

function react18(): Plugin {
  return {
    name: 'monite-kit:react-18',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (!/^react(-dom)?(\/|$)/.test(source)) return null
      return this.resolve(source, react18Importer, { ...options, skipSelf: true })
    },
  }
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...runtime,
          name: 'react-19',
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.tsx', 'test/**/*.test-d.tsx'],
            tsconfig: './tsconfig.json',
          },
          provide: { reactMajor: 19 },
        },
      },
      {
        plugins: [react18()],
        // @testing-library/react has no `exports`: its `main` is CommonJS, whose `require('react')`
        // Node would answer with React 19 even when inlined; its `module` build is ESM.
        resolve: { mainFields: ['module', 'jsnext:main', 'jsnext', 'main'] },
        test: {
          ...runtime,
          name: 'react-18',
          provide: { reactMajor: 18 },
          // Node would load these from node_modules and import React 19; inlined, Vite resolves
          // their `react` imports through the plugin above, so there is one React: 18.
          server: { deps: { inline: ['@tanstack/react-query', '@testing-library/react'] } },
        },
      },
    ],
  },
})
