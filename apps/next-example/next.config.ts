import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

const config: NextConfig = {
  // The workspace root (pnpm's node_modules and lockfile live there).
  turbopack: { root: dirname(dirname(dirname(fileURLToPath(import.meta.url)))) },
  poweredByHeader: false,
  // The fake (faker, msw) runs in the server process as plain Node modules: not bundled, faster builds.
  serverExternalPackages: ['@monite-kit/fixtures', '@faker-js/faker', 'msw'],
  reactStrictMode: true,
  // The e2e builds into its own folder so `next dev` and the tests can run side by side.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
}

export default config
