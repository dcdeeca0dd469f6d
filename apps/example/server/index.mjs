// The example app's own server (node:http, no framework). It serves the built app (dist/) and,
// in real mode, the two things a browser must never do itself:
//
//   GET  /api/config          which mode the browser runs in (fake without credentials) and
//                             which Monite environment the server talks to
//   POST /api/monite-token    { entity_user_id } → an entity-user token, minted here with the
//                             partner credentials (the browser's `fetchToken`)
//   *    /api/monite/v1/...   a narrow proxy for the admin screens: only /entity_users, /roles,
//                             /counterparts (read) and /payables (read, workflow steps) of the
//                             configured entity, with the partner token added here
//
// The client secret stays in this process. Every request first passes the Host check and path
// canonicalisation; the two Monite endpoints also the same-origin (CSRF) check. See the README's
// "Security model" for what is checked and why.
//
//   config.mjs    environment: credentials, API host and its label, ALLOWED_HOSTS
//   security.mjs  path canonicalisation, same-origin / CSRF and JSON checks, UUIDs
//   proxy.mjs     the proxy (routes, query allow-list) and the token mint
//   static.mjs    dist/: compression, caching, no source maps
//   http.mjs      HttpError, JSON answers, bounded body reading

import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isAllowedHost, readAllowedHosts, readRealConfig } from './config.mjs'
import { HttpError, sendError, sendJson } from './http.mjs'
import { createMoniteEndpoints } from './proxy.mjs'
import { checkSameOrigin, parseTarget } from './security.mjs'
import { createStaticFiles } from './static.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))

/** Sent with every answer. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // No other site may frame the admin (clickjacking) or embed its responses.
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
}

/**
 * @typedef {object} ServerOptions
 * @property {string} [distDir]  the built app; default ../dist
 * @property {Record<string, string | undefined>} [env]  default process.env
 * @property {typeof fetch} [fetch]  how the server calls Monite
 * @property {Pick<Console, 'error'>} [log]  where it reports problems; default console
 * @property {number} [upstreamTimeoutMs]  one call to Monite, answer included; default 20 s
 * @property {number} [requestTimeoutMs]  receiving a whole request from a browser; default 30 s
 */

/**
 * Creates the server (not listening yet). `listenHost` is the address it will listen on: that
 * name (and the loopback names) on its port are the hosts it answers, plus ALLOWED_HOSTS.
 * @param {ServerOptions & { listenHost?: string }} [options]
 */
export function createAppServer(options = {}) {
  const distDir = resolve(options.distDir ?? join(here, '..', 'dist'))
  const env = options.env ?? process.env
  const real = readRealConfig(env)
  const rules = readAllowedHosts(env.ALLOWED_HOSTS)
  const log = options.log ?? console
  const monite = real
    ? createMoniteEndpoints(real, {
        fetch: options.fetch ?? globalThis.fetch,
        log,
        timeoutMs: options.upstreamTimeoutMs ?? 20_000,
      })
    : null
  const serveStatic = createStaticFiles(distDir)

  const config = real
    ? {
        mode: 'real',
        apiBaseUrl: real.apiBaseUrl,
        environment: real.environment,
        environmentLabel: real.environmentLabel,
        entityId: real.entityId,
      }
    : { mode: 'fake' }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    if (!req.headers.host) throw new HttpError(400, 'bad_request', 'A Host header is required')
    if (!isAllowedHost(req.headers.host, { rules, port, listenHost: options.listenHost ?? '' })) {
      // DNS rebinding: a name the server was not configured for. Add it to ALLOWED_HOSTS.
      throw new HttpError(421, 'unknown_host', 'This server does not answer for that host name')
    }
    const { segments, query } = parseTarget(req.url)
    const [first, second, third, fourth] = segments
    if (first !== 'api') return serveStatic(req, res, segments)
    if (second === 'config' && segments.length === 2) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        throw new HttpError(405, 'method_not_allowed', 'Use GET')
      }
      return sendJson(res, 200, config)
    }
    const mint = second === 'monite-token' && segments.length === 2
    const proxied = second === 'monite' && third === 'v1' && fourth !== undefined
    if (!mint && !proxied) throw new HttpError(404, 'not_found', 'Not found')
    // Before anything else (even in fake mode): no other site may use these endpoints.
    checkSameOrigin(req)
    if (!monite) throw new HttpError(404, 'fake_mode', 'Fake mode: this server has no Monite')
    if (mint) return monite.mintToken(req, res)
    return monite.proxy(req, res, segments.slice(3), query)
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function listener(req, res) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    try {
      await handle(req, res)
    } catch (error) {
      if (res.headersSent) res.destroy()
      else if (error instanceof HttpError) sendError(res, error)
      else {
        log.error(`[monite-kit example] ${req.method} ${req.url} failed:`, error)
        sendError(res, new HttpError(500, 'server_error', 'Server error'))
      }
    }
  }

  // A browser that stalls mid-request gets 408 instead of holding a handler; Node checks the
  // timeouts every connectionsCheckingInterval.
  const requestTimeout = options.requestTimeoutMs ?? 30_000
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.min(requestTimeout / 4, 5_000),
    },
    listener,
  )
  return { server, mode: real ? 'real' : 'fake', real }
}

/**
 * Starts the server and resolves once it listens.
 * @param {ServerOptions & { port?: number, host?: string }} [options]
 */
export async function startAppServer(options = {}) {
  const host = options.host ?? '127.0.0.1'
  const { server, mode } = createAppServer({ ...options, listenHost: host })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, host, () => ok(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  // A wildcard address is not a name the server answers: show the loopback one.
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  return {
    url: `http://${name.includes(':') ? `[${name}]` : name}:${port}`,
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
