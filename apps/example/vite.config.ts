import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Only VITE_-prefixed variables reach the bundle; MONITE_CLIENT_SECRET and friends are read by
// server/ alone (e2e/real-mode.e2e.ts builds with a canary secret and greps the output).
export default defineConfig({
  plugins: [react()],
  envPrefix: 'VITE_',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // Source maps are written for your error tracker but not linked from the bundle, and
  // server/static.mjs never serves *.map: the sources stay private.
  build: { sourcemap: 'hidden', chunkSizeWarningLimit: 1200 },
})
