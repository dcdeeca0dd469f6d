// Small node:http helpers: one error type, JSON answers, bounded body reading.

/** Request bodies above this are refused (413) without being read to the end. */
export const MAX_BODY = 1024 * 1024

/** An answer the server chose: status, a stable `code` for programs, a message for people. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.code = code
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

/**
 * Answers `{ error: { code, message } }`. A 413 closes the connection: the rest of the body is
 * never read.
 * @param {import('node:http').ServerResponse} res
 * @param {HttpError} error
 */
export function sendError(res, error) {
  sendJson(
    res,
    error.status,
    { error: { code: error.code, message: error.message } },
    error.status === 413 ? { connection: 'close' } : {},
  )
}

const tooLarge = () =>
  new HttpError(
    413,
    'body_too_large',
    `Request body is larger than ${MAX_BODY / 1024 / 1024} MB; this server reads no more than that`,
  )

/**
 * Reads the whole body, refusing (413) a declared or actual size above MAX_BODY: it stops at the
 * first byte past the limit and never buffers more.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Buffer>}
 */
export async function readBody(req) {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY) throw tooLarge()
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > MAX_BODY) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Whether the request carries a body (Content-Length above 0 or a Transfer-Encoding).
 * @param {import('node:http').IncomingMessage} req
 */
export function hasBody(req) {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] != null
}

/**
 * Parses a JSON request body (after the Content-Type check): 400 when it is not a JSON object.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, unknown>>}
 */
export async function readJsonObject(req) {
  const text = (await readBody(req)).toString('utf8')
  /** @type {unknown} */
  let value
  try {
    value = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'invalid_json', 'The body must be a JSON object')
  }
  return /** @type {Record<string, unknown>} */ (value)
}
