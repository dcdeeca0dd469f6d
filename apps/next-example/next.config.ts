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
}

export default config
