import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, BIG_JS, hostOf, makeDist, rawRequest, startApp } from './support'

let app: AppServer
let dist: Awaited<ReturnType<typeof makeDist>>

beforeAll(async () => {
  dist = await makeDist()
  app = await startApp({}, { distDir: dist.dir })
})
afterAll(async () => {
  await app?.close()
  await dist?.remove()
})

/** GET with node:http, which neither adds Accept-Encoding nor decompresses. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: Buffer
  }>((resolve, reject) => {
    const req = request(`${app.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const JS = '/assets/index-AbC12_-z.js'

describe('serving dist/', () => {
  it('compresses with brotli or gzip as the client asks, and says it varies', async () => {
    const br = await get(JS, { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(brotliDecompressSync(br.body).toString()).toBe(BIG_JS)
    expect(br.body.length).toBeLessThan(BIG_JS.length / 5)

    const gzip = await get(JS, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(BIG_JS)
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length)

    const refusesBr = await get(JS, { 'accept-encoding': 'br;q=0, gzip;q=0.5' })
    expect(refusesBr.headers['content-encoding']).toBe('gzip')

    const identity = await get(JS)
    expect(identity.headers['content-encoding']).toBeUndefined()
    expect(identity.headers.vary).toMatch(/accept-encoding/i)
    expect(identity.body.toString()).toBe(BIG_JS)

    const none = await get(JS, { 'accept-encoding': 'identity' })
    expect(none.headers['content-encoding']).toBeUndefined()

    const head = await get(JS, { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-encoding']).toBe('br')
    expect(head.body.length).toBe(0)

    const html = await get('/users', { 'accept-encoding': 'gzip' })
    expect(html.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(html.body).toString()).toContain('<div id="root">')
  })

  it('does not compress what is already compressed (images)', async () => {
    const png = await get('/assets/logo-Q1w2E3r4.png', { 'accept-encoding': 'gzip, br' })
    expect(png.status).toBe(200)
    expect(png.headers['content-encoding']).toBeUndefined()
  })

  it('caches hashed assets for a year and revalidates index.html and public files', async () => {
    const asset = await get(JS)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await get('/assets/index-Xy9876Qq.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    for (const path of ['/', '/index.html', '/users', '/roles/new', '/mockServiceWorker.js']) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers['cache-control'], path).toBe('no-cache')
    }
    const etag = String((await get('/')).headers.etag)
    expect(etag).toMatch(/^(W\/)?".+"$/)
    expect((await get('/', { 'if-none-match': etag })).status).toBe(304)
  })

  it('keeps source maps private', async () => {
    for (const path of [
      `${JS}.map`,
      '/assets/%69ndex-AbC12_-z.js.map',
      '/assets/index-AbC12_-z.js.MAP',
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.body.toString(), path).not.toContain('secret.ts')
    }
  })

  it('refuses dot segments, NUL and other ambiguous paths with 400 instead of guessing', async () => {
    const hostile = [
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/assets/.%2E/.%2e/.%2e/etc/passwd',
      '/./index.html',
      '/users%00',
      '/users%0d%0aSet-Cookie:%20x=1',
      '/assets/index-AbC12_-z.js%00.png',
      '/assets//index-AbC12_-z.js',
      '/assets/index-AbC12_-z.js;.png',
      '/assets%5cindex-AbC12_-z.js',
    ]
    for (const target of hostile) {
      const response = await rawRequest(
        app.url,
        `GET ${target} HTTP/1.1\r\nHost: ${hostOf(app.url)}\r\nConnection: close\r\n\r\n`,
      )
      expect(response.status, target).toBe(400)
      expect(response.headers['set-cookie'], target).toBeUndefined()
    }
  })

  it('refuses to frame the app and to be sniffed', async () => {
    const page = await get('/')
    expect(page.headers['x-frame-options']).toBe('DENY')
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
  })
})
