import { createWorld, type MoniteWorld } from '@monite-kit/fixtures'

/** The seed of the demo's world (the e2e rebuilds the same world to know what to expect). */
export const DEMO_SEED = 20240525

/**
 * The seeded world the fake serves: 6 roles (the five permission presets first) and 24 users.
 *
 * @example
 * ```ts
 * const [entity] = demoWorld().entities
 * ```
 */
export function demoWorld(): MoniteWorld {
  return createWorld({ seed: DEMO_SEED, rolesPerEntity: 6, usersPerEntity: 24 })
}

/** The people the demo sign-in offers in fake mode, by permission preset. */
export const DEMO_PERSONAS = [
  { preset: 'admin', description: 'may add and remove users' },
  { preset: 'readOnly', description: 'may only look' },
] as const
