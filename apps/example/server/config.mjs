// What the server reads from its environment: the Monite credentials and API host (real mode),
// and the host names it answers for.

import { MONITE_ENVIRONMENTS } from '@monite-kit/client'

/**
 * @typedef {object} RealConfig
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {string} entityId
 * @property {string} apiBaseUrl   Monite's API root, no trailing slash
 * @property {'sandbox' | 'production' | 'dev' | 'custom'} environment  what apiBaseUrl points at
 * @property {string} environmentLabel  for people, e.g. "Monite sandbox"
 */

/** @type {Record<keyof typeof MONITE_ENVIRONMENTS, [RealConfig['environment'], string]>} */
const KNOWN = {
  sandbox: ['sandbox', 'Monite sandbox'],
  eu: ['production', 'Monite production (EU)'],
  na: ['production', 'Monite production (North America)'],
  dev: ['dev', 'Monite dev'],
}

/**
 * Names the environment from the URL the server really calls (so MONITE_API_URL wins over
 * MONITE_ENVIRONMENT): one of Monite's hosts, or a custom one (a proxy, a fake).
 * @param {string} apiBaseUrl
 * @returns {Pick<RealConfig, 'environment' | 'environmentLabel'>}
 */
export function describeEnvironment(apiBaseUrl) {
  const { origin, host } = new URL(apiBaseUrl)
  for (const [name, base] of Object.entries(MONITE_ENVIRONMENTS)) {
    if (new URL(base).origin === origin) {
      const [environment, environmentLabel] = KNOWN[/** @type {keyof typeof KNOWN} */ (name)]
      return { environment, environmentLabel }
    }
  }
  return { environment: 'custom', environmentLabel: `Custom Monite API · ${host}` }
}

/**
 * Reads the Monite credentials from the environment. Real mode needs all three of
 * MONITE_CLIENT_ID, MONITE_CLIENT_SECRET and MONITE_ENTITY_ID; MONITE_ENVIRONMENT picks the host
 * (sandbox, eu, na, dev; default sandbox) and MONITE_API_URL overrides it (a proxy, a fake).
 * @param {Record<string, string | undefined>} env
 * @returns {RealConfig | null}
 */
export function readRealConfig(env) {
  const clientId = env.MONITE_CLIENT_ID?.trim()
  const clientSecret = env.MONITE_CLIENT_SECRET?.trim()
  const entityId = env.MONITE_ENTITY_ID?.trim()
  if (!clientId || !clientSecret || !entityId) return null
  const name = env.MONITE_ENVIRONMENT?.trim() || 'sandbox'
  /** @type {Record<string, string>} */
  const hosts = MONITE_ENVIRONMENTS
  const apiBaseUrl = (env.MONITE_API_URL?.trim() || hosts[name] || '').replace(/\/+$/, '')
  if (!apiBaseUrl) {
    throw new Error(`MONITE_ENVIRONMENT="${name}" is not one of ${Object.keys(hosts).join(', ')}`)
  }
  if (!/^https?:\/\/[^/?#]+/i.test(apiBaseUrl) || !URL.canParse(apiBaseUrl)) {
    throw new Error(`MONITE_API_URL="${apiBaseUrl}" is not an http(s) URL`)
  }
  return { clientId, clientSecret, entityId, apiBaseUrl, ...describeEnvironment(apiBaseUrl) }
}

/**
 * @typedef {{ hostname: string, port: string | null }} HostRule
 */

/**
 * ALLOWED_HOSTS: comma-separated `name` (any port) or `name:port` entries, e.g.
 * `admin.example.com, intranet:8443`. The loopback names on the server's own port are always
 * allowed.
 * @param {string | undefined} value
 * @returns {HostRule[]}
 */
export function readAllowedHosts(value) {
  /** @type {HostRule[]} */
  const rules = []
  for (const entry of (value ?? '').split(',')) {
    const trimmed = entry.trim()
    if (!trimmed) continue
    const parsed = parseHost(trimmed)
    if (!parsed) throw new Error(`ALLOWED_HOSTS: "${trimmed}" is not a host name or host:port`)
    rules.push(parsed)
  }
  return rules
}

const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/i

/**
 * Splits a Host header value; null when it is not a plain `name[:port]`.
 * @param {string} value
 * @returns {HostRule | null}
 */
export function parseHost(value) {
  const match = HOST.exec(value)
  if (!match) return null
  return { hostname: /** @type {string} */ (match[1]).toLowerCase(), port: match[2] ?? null }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])
const WILDCARD = new Set(['0.0.0.0', '::', ''])

/**
 * Whether the server answers a request carrying this Host header (DNS rebinding defence).
 * @param {string | undefined} header
 * @param {{ rules: HostRule[], port: number, listenHost: string }} options
 */
export function isAllowedHost(header, { rules, port, listenHost }) {
  const host = header ? parseHost(header) : null
  if (!host) return false
  const ownPort = String(port)
  const hostPort = host.port ?? '80'
  // The address it listens on answers too, unless that is a wildcard (0.0.0.0 reaches anything).
  const own = WILDCARD.has(listenHost)
    ? null
    : listenHost.includes(':')
      ? `[${listenHost}]`
      : listenHost.toLowerCase()
  if ((LOOPBACK.has(host.hostname) || host.hostname === own) && hostPort === ownPort) return true
  return rules.some(
    (rule) => rule.hostname === host.hostname && (rule.port === null || rule.port === hostPort),
  )
}
