// The example app's own server (node:http, no framework). It serves the built app (dist/) and,
// in real mode, the two things a browser must never do itself:
//
//   GET  /api/config          which mode the browser runs in (fake without credentials)
//   POST /api/monite-token    { entity_user_id } → an entity-user token, minted here with the
//                             partner credentials (the browser's `fetchToken`)
//   *    /api/monite/v1/...   a narrow proxy for the admin screens: only /entity_users and
//                             /roles of the configured entity, with the partner token added here
//
// The client secret stays in this process. See the README's "Real mode" for the trade-offs.

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createMoniteClient, isMoniteApiError, MONITE_ENVIRONMENTS } from '@monite-kit/client'

const here = fileURLToPath(new URL('.', import.meta.url))
const API_VERSION = '2024-05-25'
const MAX_BODY = 1024 * 1024

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** Which Monite calls the admin screens may make through the proxy. */
const PROXY_RULES = [
  { re: /^\/entity_users$/, methods: ['GET', 'POST'] },
  { re: /^\/entity_users\/(?!me$|my_role$|my_entity$)[^/]+$/, methods: ['GET', 'PATCH', 'DELETE'] },
  { re: /^\/roles$/, methods: ['GET', 'POST'] },
  { re: /^\/roles\/[^/]+$/, methods: ['GET', 'PATCH', 'DELETE'] },
]

/**
 * @typedef {object} RealConfig
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {string} entityId
 * @property {string} environment
 * @property {string} apiBaseUrl
 */

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
  const environment = env.MONITE_ENVIRONMENT?.trim() || 'sandbox'
  /** @type {Record<string, string>} */
  const hosts = MONITE_ENVIRONMENTS
  const apiBaseUrl = (env.MONITE_API_URL?.trim() || hosts[environment] || '').replace(/\/+$/, '')
  if (!apiBaseUrl) {
    throw new Error(
      `MONITE_ENVIRONMENT="${environment}" is not one of ${Object.keys(hosts).join(', ')}`,
    )
  }
  return { clientId, clientSecret, entityId, environment, apiBaseUrl }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function sendJson(res, status, body) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > MAX_BODY) throw Object.assign(new Error('Request body too large'), { status: 413 })
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Creates the server (not listening yet).
 * @param {{ distDir?: string, env?: Record<string, string | undefined>, fetch?: typeof fetch }} [options]
 */
export function createAppServer(options = {}) {
  const distDir = resolve(options.distDir ?? join(here, '..', 'dist'))
  const real = readRealConfig(options.env ?? process.env)
  const upstreamFetch = options.fetch ?? globalThis.fetch

  const partner = real
    ? createMoniteClient({
        baseUrl: real.apiBaseUrl,
        entityId: real.entityId,
        auth: { type: 'partner', clientId: real.clientId, clientSecret: real.clientSecret },
        fetch: (request) => upstreamFetch(request),
      })
    : null

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function mintToken(req, res) {
    if (!real || !partner)
      return sendJson(res, 404, { error: { message: 'Fake mode: no server-side Monite' } })
    if (req.method !== 'POST') return sendJson(res, 405, { error: { message: 'Use POST' } })
    /** @type {{ entity_user_id?: unknown }} */
    let body
    try {
      body = JSON.parse((await readBody(req)).toString('utf8') || '{}')
    } catch {
      return sendJson(res, 400, { error: { message: 'Body must be JSON' } })
    }
    const id = body.entity_user_id
    if (typeof id !== 'string' || !/^[0-9a-fA-F-]{36}$/.test(id)) {
      // Partner tokens are never handed out: partner-level calls go through the proxy.
      return sendJson(res, 400, {
        error: {
          message: 'entity_user_id (uuid) is required; this server mints entity-user tokens only',
        },
      })
    }
    try {
      // Only users of the configured entity.
      await partner.entityUsers.get(id)
      const token = await partner.auth.token({
        grant_type: 'entity_user',
        client_id: real.clientId,
        client_secret: real.clientSecret,
        entity_user_id: id,
      })
      return sendJson(res, 200, {
        access_token: token.access_token,
        expires_in: token.expires_in,
        token_type: token.token_type,
      })
    } catch (error) {
      const status = isMoniteApiError(error) ? error.status : 502
      const message = error instanceof Error ? error.message : 'Token request failed'
      return sendJson(res, status === 401 ? 502 : status, { error: { message } })
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  async function proxy(req, res, url) {
    if (!real || !partner) return sendJson(res, 404, { error: { message: 'Fake mode: no proxy' } })
    const path = url.pathname.slice('/api/monite/v1'.length)
    const method = req.method ?? 'GET'
    const rule = PROXY_RULES.find((r) => r.re.test(path))
    if (!rule?.methods.includes(method)) {
      return sendJson(res, 404, { error: { message: `${method} ${path} is not proxied` } })
    }
    const body = method === 'GET' || method === 'DELETE' ? undefined : await readBody(req)
    const send = async () => {
      const token = await partner.auth.getToken()
      /** @type {Record<string, string>} */
      const headers = {
        authorization: `Bearer ${token}`,
        'x-monite-version': String(req.headers['x-monite-version'] ?? API_VERSION),
        // Always the configured entity, whatever the browser sent.
        'x-monite-entity-id': real.entityId,
        accept: 'application/json',
      }
      if (body) headers['content-type'] = 'application/json'
      const init = /** @type {RequestInit} */ ({ method, headers })
      if (body) init.body = new Uint8Array(body)
      return upstreamFetch(`${real.apiBaseUrl}${path}${url.search}`, init)
    }
    let response = await send()
    if (response.status === 401) {
      // The cached partner token expired or was revoked: one retry with a fresh one.
      partner.auth.clearToken()
      response = await send()
    }
    /** @type {Record<string, string>} */
    const out = { 'cache-control': 'no-store' }
    for (const name of ['content-type', 'x-request-id', 'retry-after']) {
      const value = response.headers.get(name)
      if (value) out[name] = value
    }
    const payload = Buffer.from(await response.arrayBuffer())
    res.writeHead(response.status, out)
    res.end(payload)
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {boolean} head
   */
  async function serveStatic(res, url, head) {
    let pathname = decodeURIComponent(url.pathname)
    if (pathname.endsWith('/')) pathname += 'index.html'
    const file = normalize(join(distDir, pathname))
    if (!file.startsWith(distDir + sep))
      return sendJson(res, 400, { error: { message: 'Bad path' } })
    let target = file
    let info = await stat(target).catch(() => null)
    if (!info?.isFile()) {
      // Client-side routes (/users, /roles/…) get the app; missing assets get a 404.
      if (extname(pathname)) return sendJson(res, 404, { error: { message: 'Not found' } })
      target = join(distDir, 'index.html')
      info = await stat(target).catch(() => null)
      if (!info)
        return sendJson(res, 500, { error: { message: 'dist/ is missing: run pnpm build' } })
    }
    const type =
      TYPES[/** @type {keyof typeof TYPES} */ (extname(target))] ?? 'application/octet-stream'
    res.writeHead(200, {
      'content-type': type,
      'content-length': info.size,
      'cache-control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    })
    if (head) return res.end()
    createReadStream(target).pipe(res)
  }

  const server = createServer(async (req, res) => {
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('referrer-policy', 'no-referrer')
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      if (url.pathname === '/api/config') {
        return sendJson(
          res,
          200,
          real
            ? {
                mode: 'real',
                apiBaseUrl: real.apiBaseUrl,
                environment: real.environment,
                entityId: real.entityId,
              }
            : { mode: 'fake' },
        )
      }
      if (url.pathname === '/api/monite-token') return await mintToken(req, res)
      if (url.pathname.startsWith('/api/monite/v1/')) return await proxy(req, res, url)
      if (url.pathname.startsWith('/api/')) {
        return sendJson(res, 404, { error: { message: 'Not found' } })
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendJson(res, 405, { error: { message: 'Method not allowed' } })
      }
      return await serveStatic(res, url, req.method === 'HEAD')
    } catch (error) {
      const status = /** @type {{ status?: number }} */ (error).status ?? 500
      if (!res.headersSent) sendJson(res, status, { error: { message: 'Server error' } })
      else res.destroy()
      if (status >= 500) console.error(error)
    }
  })
  return { server, mode: real ? 'real' : 'fake', real }
}

/**
 * Starts the server and resolves once it listens.
 * @param {{ port?: number, host?: string, distDir?: string, env?: Record<string, string | undefined>, fetch?: typeof fetch }} [options]
 */
export async function startAppServer(options = {}) {
  const { server, mode } = createAppServer(options)
  const host = options.host ?? '127.0.0.1'
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, host, () => ok(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://${host}:${port}`,
    mode,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections()
        server.close(() => ok(undefined))
      }),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000)
  const host = process.env.HOST ?? '127.0.0.1'
  const started = await startAppServer({ port, host })
  console.log(
    `monite-kit example (${started.mode} mode) on ${started.url}` +
      (started.mode === 'fake'
        ? ' — set MONITE_CLIENT_ID, MONITE_CLIENT_SECRET and MONITE_ENTITY_ID for real mode'
        : ''),
  )
}
