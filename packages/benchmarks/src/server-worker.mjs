// A tiny Monite look-alike for the request benchmarks, run in a worker thread so that it has its
// own core: `POST /v1/auth/token` and `GET /v1/entity_users/{id}` on 127.0.0.1, ephemeral port.
// Controlled by messages from the parent: { type: 'config', ttl?, tokenDelayMs?, revokeIssued? },
// { type: 'stats' }, { type: 'close' }.
import { createServer } from 'node:http'
import { parentPort } from 'node:worker_threads'

const state = { ttl: 3600, tokenDelayMs: 0, tokensIssued: 0, revokedUpTo: 0, requests: 0 }

function user(id) {
  return JSON.stringify({
    id,
    created_at: '2024-05-25T10:00:00Z',
    updated_at: '2024-05-25T10:00:00Z',
    login: 'ada.lovelace',
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: 'ada@example.com',
    phone: '+441234567890',
    role_id: '5f6b1b1e-8d3c-4a55-b2e3-1f0f2b0b6a01',
    status: 'active',
    userpic_file_id: null,
  })
}

function send(res, status, body) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-request-id': 'bench',
  })
  res.end(body)
}

const server = createServer({ keepAlive: true, keepAliveTimeout: 30_000 }, (req, res) => {
  state.requests++
  const url = req.url ?? '/'
  if (req.method === 'POST' && url === '/v1/auth/token') {
    req.resume()
    req.on('end', () => {
      const n = ++state.tokensIssued
      const body = JSON.stringify({
        access_token: `tok-${n}`,
        token_type: 'Bearer',
        expires_in: state.ttl,
      })
      if (state.tokenDelayMs > 0) setTimeout(() => send(res, 200, body), state.tokenDelayMs)
      else send(res, 200, body)
    })
    return
  }
  if (req.method === 'GET' && url.startsWith('/v1/entity_users/')) {
    const auth = req.headers.authorization ?? ''
    const n = Number(auth.replace(/^Bearer tok-/, ''))
    if (!auth.startsWith('Bearer ') || (Number.isFinite(n) && n <= state.revokedUpTo)) {
      send(res, 401, JSON.stringify({ error: { message: 'Unauthorized' } }))
      return
    }
    send(res, 200, user(url.slice('/v1/entity_users/'.length)))
    return
  }
  send(res, 404, JSON.stringify({ error: { message: 'Not found' } }))
})

parentPort.on('message', (message) => {
  if (message.type === 'config') {
    if (message.ttl !== undefined) state.ttl = message.ttl
    if (message.tokenDelayMs !== undefined) state.tokenDelayMs = message.tokenDelayMs
    if (message.revokeIssued) state.revokedUpTo = state.tokensIssued
    parentPort.postMessage({ type: 'ok' })
  } else if (message.type === 'stats') {
    parentPort.postMessage({
      type: 'stats',
      tokensIssued: state.tokensIssued,
      requests: state.requests,
    })
  } else if (message.type === 'close') {
    server.closeAllConnections()
    server.close(() => parentPort.postMessage({ type: 'closed' }))
  }
})

server.listen(0, '127.0.0.1', () => {
  parentPort.postMessage({ type: 'listening', port: server.address().port })
})
