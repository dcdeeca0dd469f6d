import type { CreateWorldOptions } from '@monite-kit/fixtures'

/**
 * The demo's seeded world: 6 roles (the five presets first) and 24 users. It is built with
 * faker at build time (vite.config.ts, `virtual:monite-demo-world`), so the browser loads it as
 * plain data and never loads faker.
 */
export const DEMO_WORLD = {
  seed: 20240525,
  rolesPerEntity: 6,
  usersPerEntity: 24,
} as const satisfies CreateWorldOptions
