/** What the node server (server/index.mjs) tells the browser at GET /api/config. */
export interface RealModeConfig {
  mode: 'real'
  /** Monite's API root for entity-user calls, e.g. https://api.sandbox.monite.com/v1. */
  apiBaseUrl: string
  /** The environment name, for display. */
  environment: string
  entityId: string
}

export interface FakeModeConfig {
  mode: 'fake'
}

export type AppConfig = RealModeConfig | FakeModeConfig

/**
 * Real mode only when the app's own server answers /api/config with `mode: 'real'`; anything
 * else (vite dev, vite preview, a static host, the server without credentials) is fake mode.
 */
export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  try {
    const response = await fetchImpl('/api/config', { headers: { accept: 'application/json' } })
    const type = response.headers.get('content-type') ?? ''
    if (!response.ok || !type.includes('application/json')) return { mode: 'fake' }
    const body = (await response.json()) as Partial<RealModeConfig> | null
    if (body?.mode === 'real' && body.apiBaseUrl && body.entityId) {
      return {
        mode: 'real',
        apiBaseUrl: body.apiBaseUrl,
        environment: body.environment ?? 'sandbox',
        entityId: body.entityId,
      }
    }
  } catch {
    // No server: fake mode.
  }
  return { mode: 'fake' }
}
