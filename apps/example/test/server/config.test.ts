import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeMoniteHttp, startApp, startFakeMoniteHttp } from './support'

// The sidebar shows what GET /api/config says the server talks to: it must follow MONITE_API_URL,
// not MONITE_ENVIRONMENT's default.

let upstream: FakeMoniteHttp
beforeAll(async () => {
  upstream = await startFakeMoniteHttp()
})
afterAll(async () => {
  await upstream?.close()
})

async function configFor(env: Record<string, string>) {
  const app = await startApp(upstream.env(env))
  try {
    return (await (await fetch(`${app.url}/api/config`)).json()) as Record<string, string>
  } finally {
    await app.close()
  }
}

describe('GET /api/config', () => {
  it('names the environment from the API URL the server really uses', async () => {
    const custom = await configFor({ MONITE_ENVIRONMENT: 'sandbox' })
    expect(custom.mode).toBe('real')
    expect(custom.environment).toBe('custom')
    expect(custom.environmentLabel).toBe(`Custom Monite API · ${new URL(upstream.baseUrl).host}`)

    const cases: [Record<string, string>, string, string][] = [
      [{ MONITE_API_URL: '', MONITE_ENVIRONMENT: 'sandbox' }, 'sandbox', 'Monite sandbox'],
      [{ MONITE_API_URL: '' }, 'sandbox', 'Monite sandbox'],
      [{ MONITE_API_URL: '', MONITE_ENVIRONMENT: 'eu' }, 'production', 'Monite production (EU)'],
      [
        { MONITE_API_URL: '', MONITE_ENVIRONMENT: 'na' },
        'production',
        'Monite production (North America)',
      ],
      [{ MONITE_API_URL: '', MONITE_ENVIRONMENT: 'dev' }, 'dev', 'Monite dev'],
      // A URL that names a known host is that environment, whatever MONITE_ENVIRONMENT says.
      [
        { MONITE_API_URL: 'https://api.monite.com/v1/', MONITE_ENVIRONMENT: 'sandbox' },
        'production',
        'Monite production (EU)',
      ],
      [{ MONITE_API_URL: 'https://API.SANDBOX.monite.com/v1' }, 'sandbox', 'Monite sandbox'],
      [
        { MONITE_API_URL: 'https://monite-proxy.internal:8443/v1' },
        'custom',
        'Custom Monite API · monite-proxy.internal:8443',
      ],
    ]
    for (const [env, environment, label] of cases) {
      const config = await configFor(env)
      expect(config.environment, JSON.stringify(env)).toBe(environment)
      expect(config.environmentLabel, JSON.stringify(env)).toBe(label)
    }
  })

  it('says fake mode without credentials', async () => {
    const app = await startApp({})
    try {
      expect(await (await fetch(`${app.url}/api/config`)).json()).toEqual({ mode: 'fake' })
    } finally {
      await app.close()
    }
  })
})
