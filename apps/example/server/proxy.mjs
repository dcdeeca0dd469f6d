// Real mode's two Monite endpoints: the narrow proxy for the admin screens and the entity-user
// token mint. Both run after the Host and same-origin checks (index.mjs).
//
// The proxy never forwards the browser's path or query: it matches the canonical segments
// against ROUTES, validates ids as UUIDs, and builds Monite's URL itself.

import { createMoniteClient, isMoniteApiError, isMoniteClientError } from '@monite-kit/client'
import { HttpError, hasBody, readJsonObject, sendJson } from './http.mjs'
import { parseQuery, requireJson, uuid } from './security.mjs'

const API_VERSION = '2024-05-25'

const LIST = ['order', 'limit', 'pagination_token', 'sort', 'id__in']
const CREATED_AT = ['created_at__gt', 'created_at__lt', 'created_at__gte', 'created_at__lte']

/**
 * What the admin screens may do through the proxy: per resource, the methods on the collection
 * and on one item, and the query parameters Monite's list takes (nothing else is forwarded).
 */
const ROUTES = {
  entity_users: {
    list: ['GET', 'POST'],
    item: ['GET', 'PATCH', 'DELETE'],
    query: [
      ...LIST,
      ...CREATED_AT,
      'id__not_in',
      'role_id',
      'role_id__in',
      'login',
      'status',
      'first_name',
      'name__istartswith',
    ],
  },
  roles: {
    list: ['GET', 'POST'],
    item: ['GET', 'PATCH', 'DELETE'],
    query: [...LIST, ...CREATED_AT, 'name', 'created_at'],
  },
  // The payables screen shows vendor names, and reads and moves payables through their
  // workflow; it creates, edits and deletes neither, so neither does the proxy.
  counterparts: {
    list: ['GET'],
    item: ['GET'],
    query: [...LIST, ...CREATED_AT, 'is_vendor', 'counterpart_name__icontains'],
  },
  payables: {
    list: ['GET'],
    item: ['GET'],
    actions: [
      'submit_for_approval',
      'approve_payment_operation',
      'reject',
      'cancel',
      'mark_as_paid',
    ],
    query: [...LIST, ...CREATED_AT, 'status', 'status__in', 'counterpart_id', 'currency'],
  },
}

/** @typedef {{ list: string[], item: string[], actions?: string[], query: string[] }} Route */

const MAX_QUERY_PAIRS = 50
const MAX_QUERY_VALUE = 1000

/**
 * The Monite path (and query) to call for canonical proxy segments, or an HttpError.
 * @param {string[]} segments  after /api/monite/v1
 * @param {string} method
 * @param {string} query  raw
 */
export function buildMonitePath(segments, method, query) {
  const [resource = '', rawId, action, ...rest] = segments
  /** @type {Route | null} */
  const route = Object.hasOwn(ROUTES, resource)
    ? ROUTES[/** @type {keyof typeof ROUTES} */ (resource)]
    : null
  const id = rawId === undefined ? null : uuid(rawId)
  const knownAction = action === undefined || (id !== null && route?.actions?.includes(action))
  if (!route || rest.length || (rawId !== undefined && !id) || !knownAction) {
    throw new HttpError(
      404,
      'not_proxied',
      'This server proxies only /entity_users, /roles, /counterparts and /payables',
    )
  }
  const methods = action ? ['POST'] : id ? route.item : route.list
  if (!methods.includes(method)) {
    throw new HttpError(405, 'method_not_allowed', `${method} is not proxied here`)
  }
  const pairs = parseQuery(query)
  const allowed = id ? [] : route.query
  if (pairs.length > MAX_QUERY_PAIRS) throw badQuery('Too many query parameters')
  for (const [name, value] of pairs) {
    if (!allowed.includes(name)) throw badQuery(`Query parameter "${name}" is not allowed here`)
    if (value.length > MAX_QUERY_VALUE) throw badQuery(`Query parameter "${name}" is too long`)
  }
  const search = pairs.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`)
  const item = id ? `/${id}${action ? `/${action}` : ''}` : ''
  return `/${resource}${item}${search.length ? `?${search.join('&')}` : ''}`
}

/**
 * `fetch failed` says nothing; its cause (ECONNRESET, ECONNREFUSED, "other side closed") does.
 * @param {Error} error
 * @returns {string}
 */
function describeCause(error) {
  const cause = /** @type {{ cause?: unknown }} */ (error).cause
  return cause instanceof Error ? `${error.message} (${describeCause(cause)})` : error.message
}

/** @param {string} message */
const badQuery = (message) => new HttpError(400, 'bad_query', message)

/**
 * @param {import('./config.mjs').RealConfig} real
 * @param {{ fetch: typeof fetch, log: Pick<Console, 'error'>, timeoutMs: number }} options
 *   timeoutMs: how long one call to Monite may take, answer body included
 */
export function createMoniteEndpoints(real, { fetch: upstreamFetch, log, timeoutMs }) {
  const partner = createMoniteClient({
    baseUrl: real.apiBaseUrl,
    entityId: real.entityId,
    auth: { type: 'partner', clientId: real.clientId, clientSecret: real.clientSecret },
    fetch: (request) => upstreamFetch(request),
    timeoutMs,
  })
  let credentialsLogged = false
  /**
   * Monite's messages about a call that carried the secret (/auth/token) may repeat it.
   * @param {string} text
   */
  const redact = (text) => text.split(real.clientSecret).join('[redacted]')

  /** The partner token; wrong credentials become a clear log line and a 502 with a code. */
  async function partnerToken() {
    try {
      const token = await partner.auth.getToken()
      credentialsLogged = false
      return token
    } catch (failure) {
      // The client reports every failure to get a token as `token`, with Monite's answer as cause.
      const error = tokenCause(failure)
      if (
        isMoniteApiError(error) &&
        error.status >= 400 &&
        error.status < 500 &&
        error.status !== 429
      ) {
        if (!credentialsLogged) {
          credentialsLogged = true
          log.error(
            `[monite-kit example] Monite rejected the partner credentials (MONITE_CLIENT_ID=${real.clientId}): ` +
              `POST ${real.apiBaseUrl}/auth/token answered HTTP ${error.status} "${redact(error.message)}". ` +
              'Check MONITE_CLIENT_ID, MONITE_CLIENT_SECRET and MONITE_ENVIRONMENT / MONITE_API_URL, then restart the server.',
          )
        }
        throw new HttpError(
          502,
          'partner_credentials_rejected',
          "Monite rejected this server's partner credentials. Check MONITE_CLIENT_ID and MONITE_CLIENT_SECRET (and MONITE_ENVIRONMENT or MONITE_API_URL) where the server runs, then restart it.",
        )
      }
      throw unreachable(error)
    }
  }

  /**
   * A failed call to Monite as an answer for the browser (and one log line, no stack).
   * @param {unknown} error
   */
  function unreachable(error) {
    if (isMoniteApiError(error)) {
      return new HttpError(
        502,
        'upstream_error',
        `Monite answered HTTP ${error.status}: ${redact(error.message)}`,
      )
    }
    const host = new URL(real.apiBaseUrl).host
    const timedOut =
      (error instanceof Error && error.name === 'TimeoutError') ||
      (isMoniteClientError(error) && error.code === 'timeout')
    if (timedOut) {
      log.error(
        `[monite-kit example] Monite (${real.apiBaseUrl}) did not answer within ${timeoutMs} ms`,
      )
      return new HttpError(504, 'upstream_timeout', `Monite (${host}) did not answer in time`)
    }
    const reason = redact(error instanceof Error ? describeCause(error) : String(error))
    log.error(`[monite-kit example] Could not reach Monite at ${real.apiBaseUrl}: ${reason}`)
    return new HttpError(502, 'upstream_unreachable', `Could not reach Monite (${host})`)
  }

  /**
   * `POST /api/monite-token { entity_user_id }` → an entity-user token for a user of the entity.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function mintToken(req, res) {
    if (req.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'Use POST')
    requireJson(req)
    const body = await readJsonObject(req)
    const id = uuid(body.entity_user_id)
    if (!id) {
      // Partner tokens are never handed out: partner-level calls go through the proxy.
      throw new HttpError(
        400,
        'bad_request',
        'entity_user_id (a UUID) is required; this server mints entity-user tokens only',
      )
    }
    await partnerToken()
    try {
      // Only users of the configured entity.
      await partner.entityUsers.get(id)
      const token = await partner.auth.token({
        grant_type: 'entity_user',
        client_id: real.clientId,
        client_secret: real.clientSecret,
        entity_user_id: id,
      })
      sendJson(res, 200, {
        access_token: token.access_token,
        expires_in: token.expires_in,
        token_type: token.token_type,
      })
    } catch (failure) {
      const error = tokenCause(failure)
      if (isMoniteApiError(error) && error.status !== 401) {
        const message = redact(error.message)
        return sendJson(res, error.status, { error: { code: 'monite', message } })
      }
      throw unreachable(error)
    }
  }

  /**
   * `/api/monite/v1/...` → the same call on Monite with the partner token and the entity.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string[]} segments  after /api/monite/v1
   * @param {string} query  raw
   */
  async function proxy(req, res, segments, query) {
    const method = req.method ?? 'GET'
    const path = buildMonitePath(segments, method, query)
    /** @type {string | undefined} */
    let body
    // A payable's workflow step (`/payables/{id}/cancel`) may come without a body.
    const bodylessStep = method === 'POST' && segments.length === 3 && !hasBody(req)
    if ((method === 'POST' || method === 'PATCH') && !bodylessStep) {
      requireJson(req)
      body = JSON.stringify(await readJsonObject(req))
    } else if (hasBody(req)) {
      throw new HttpError(400, 'bad_request', `${method} takes no body here`)
    }
    const send = async () => {
      /** @type {Record<string, string>} */
      const headers = {
        authorization: `Bearer ${await partnerToken()}`,
        // The server's version and entity, whatever the browser sent.
        'x-monite-version': API_VERSION,
        'x-monite-entity-id': real.entityId,
        accept: 'application/json',
      }
      if (body !== undefined) headers['content-type'] = 'application/json'
      // The whole exchange, answer body included, within timeoutMs.
      const signal = AbortSignal.timeout(timeoutMs)
      try {
        const response = await upstreamFetch(`${real.apiBaseUrl}${path}`, {
          method,
          headers,
          body,
          signal,
        })
        return { response, payload: Buffer.from(await response.arrayBuffer()) }
      } catch (error) {
        throw unreachable(signal.aborted ? signal.reason : error)
      }
    }
    let { response, payload } = await send()
    if (response.status === 401) {
      // The cached partner token expired or was revoked: one retry with a fresh one.
      partner.auth.clearToken()
      ;({ response, payload } = await send())
    }
    /** @type {Record<string, string>} */
    const out = { 'cache-control': 'no-store' }
    for (const name of ['content-type', 'x-request-id', 'retry-after']) {
      const value = response.headers.get(name)
      if (value) out[name] = value
    }
    res.writeHead(response.status, out)
    res.end(payload)
  }

  return { mintToken, proxy }
}

/**
 * Monite's own answer behind a failure to get a token (`MoniteClientError` `token` whose cause is
 * a `MoniteApiError`), else the failure itself.
 * @param {unknown} failure
 */
function tokenCause(failure) {
  return isMoniteClientError(failure) && failure.code === 'token' && isMoniteApiError(failure.cause)
    ? failure.cause
    : failure
}
