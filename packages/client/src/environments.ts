/**
 * Monite's hosts. Every base URL ends in `/v1`.
 *
 * @example
 * ```ts
 * import { MONITE_ENVIRONMENTS } from '@monite-kit/client'
 * MONITE_ENVIRONMENTS.sandbox // 'https://api.sandbox.monite.com/v1'
 * ```
 */
export const MONITE_ENVIRONMENTS = {
  /** Sandbox: test data, no real money. */
  sandbox: 'https://api.sandbox.monite.com/v1',
  /** Production, EU region. */
  eu: 'https://api.monite.com/v1',
  /** Production, North America region. */
  na: 'https://us.api.monite.com/v1',
  /** Monite's development environment. */
  dev: 'https://api.dev.monite.com/v1',
} as const

/** A named Monite environment: `sandbox`, `eu`, `na` or `dev`. */
export type MoniteEnvironment = keyof typeof MONITE_ENVIRONMENTS

/** The Monite API version this package's types describe; sent as `x-monite-version`. */
export const MONITE_API_VERSION = '2024-05-25'
