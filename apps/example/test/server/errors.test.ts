import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { appBehindFakeMonite, hostOf, JSON_CSRF, rawRequest, startApp } from './support'

const servers = appBehindFakeMonite()

const TWO_MB = `{"name":"${'x'.repeat(2 * 1024 * 1024)}"}`

/** POSTs `body` with node:http and resolves with the answer, even if the server stops reading. */
function post(path: string, body: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${servers.app.url}${path}`,
      { method: 'POST', headers: { ...JSON_CSRF, ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('errors', () => {
  it('answers a malformed percent-encoding with 400 and logs no stack', async () => {
    for (const target of [
      '/%E0%A4%A',
      '/api/monite/v1/roles/%E0%A4%A',
      '/api/monite-token%',
      '/assets/%ZZ.js',
      '/%',
    ]) {
      const response = await rawRequest(
        servers.app.url,
        `GET ${target} HTTP/1.1\r\nHost: ${hostOf(servers.app.url)}\r\nConnection: close\r\n\r\n`,
      )
      expect(response.status, target).toBe(400)
      expect(JSON.parse(response.body).error.message, target).toMatch(/percent-encoding/i)
    }
    expect(servers.app.log).toEqual([])
  })

  it('answers a 2 MB body with 413 and a clear message, on the proxy and the mint endpoint', async () => {
    for (const path of ['/api/monite/v1/roles', '/api/monite-token']) {
      const response = await post(path, TWO_MB)
      expect(response.status, path).toBe(413)
      expect(JSON.parse(response.body).error.message, path).toMatch(/larger than 1 MB/)
    }
    expect(servers.upstream.hits).toEqual([])
    expect(servers.app.log).toEqual([])
  })

  it('stops reading a chunked body past the limit (no Content-Length to trust)', async () => {
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${servers.app.url}/api/monite/v1/roles`,
        { method: 'POST', headers: { ...JSON_CSRF, 'transfer-encoding': 'chunked' } },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          )
        },
      )
      req.on('error', reject)
      // Keeps sending 64 kB chunks until the server answers: the server must not wait for an end.
      const chunk = 'x'.repeat(64 * 1024)
      let sent = 0
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && req.write(chunk)) sent += chunk.length
        if (sent < 64 * 1024 * 1024) req.once('drain', pump)
      }
      req.on('response', () => req.destroy())
      pump()
    })
    expect(response.status).toBe(413)
    expect(servers.upstream.hits).toEqual([])
  })

  it('says clearly when Monite rejects the partner credentials, without logging the secret', async () => {
    const secret = 'wrong-secret-0b9e2c5d'
    const broken = await startApp(servers.upstream.env({ MONITE_CLIENT_SECRET: secret }))
    try {
      const list = await fetch(`${broken.url}/api/monite/v1/entity_users`)
      expect(list.status).toBe(502)
      const body = (await list.json()) as { error: { code: string; message: string } }
      expect(body.error.code).toBe('partner_credentials_rejected')
      expect(body.error.message).toMatch(/MONITE_CLIENT_ID/)
      const userId = servers.upstream.fake.world.entities[0]!.users[0]!.id
      const mint = await fetch(`${broken.url}/api/monite-token`, {
        method: 'POST',
        headers: JSON_CSRF,
        body: JSON.stringify({ entity_user_id: userId }),
      })
      expect(mint.status).toBe(502)
      expect(((await mint.json()) as { error: { code: string } }).error.code).toBe(
        'partner_credentials_rejected',
      )
      expect(broken.log.length).toBeGreaterThanOrEqual(1)
      expect(broken.log[0]).toMatch(/rejected the partner credentials/)
      expect(broken.log[0]).toContain(servers.upstream.fake.world.partner.clientId)
      expect(broken.log.join('\n')).not.toContain(secret)
      expect(broken.log.join('\n')).not.toMatch(/\n\s+at /)
    } finally {
      await broken.close()
    }
  })
})
