import { createWorld } from '@monite-kit/fixtures'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { DEMO_WORLD } from './src/monite/demoWorld'

/**
 * `virtual:monite-demo-world`: the demo's world, built with faker here, at build time, and
 * shipped as JSON, so fake mode loads plain data instead of faker (see src/monite/fake.ts).
 */
function demoWorld(): Plugin {
  const id = 'virtual:monite-demo-world'
  return {
    name: 'monite-demo-world',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined
      // JSON.parse of a string parses faster than the same object as a JavaScript literal.
      const json = JSON.stringify(createWorld(DEMO_WORLD))
      return `export default JSON.parse(${JSON.stringify(json)})`
    },
  }
}

// Only VITE_-prefixed variables reach the bundle; MONITE_CLIENT_SECRET and friends are read by
// server/ alone (e2e/real-mode.e2e.ts builds with a canary secret and greps the output).
export default defineConfig({
  plugins: [react(), demoWorld()],
  envPrefix: 'VITE_',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // Source maps are written for your error tracker but not linked from the bundle, and
  // server/static.mjs never serves *.map: the sources stay private.
  build: { sourcemap: 'hidden' },
})
