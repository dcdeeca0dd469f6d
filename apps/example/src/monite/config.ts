/** What the node server (server/index.mjs) tells the browser at GET /api/config. */
export interface RealModeConfig {
  mode: 'real'
  /** Monite's API root for entity-user calls, e.g. https://api.sandbox.monite.com/v1. */
  apiBaseUrl: string
  /** What the server's MONITE_API_URL points at: sandbox, production, dev or custom. */
  environment: string
  /** For the sidebar, e.g. "Monite sandbox" or "Custom Monite API · 127.0.0.1:4010". */
  environmentLabel: string
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
        environment: body.environment ?? 'custom',
        environmentLabel: body.environmentLabel ?? `Monite API · ${new URL(body.apiBaseUrl).host}`,
        entityId: body.entityId,
      }
    }
  } catch {
    // No server: fake mode.
  }
  return { mode: 'fake' }
}
