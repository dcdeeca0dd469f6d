import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { isMoniteApiError, isMoniteClientError, MoniteApiError } from '../src'
import {
  BASE,
  json,
  partnerClient,
  ROLE_ID,
  server,
  tokenEndpoint,
  USER_ID,
  useMsw,
} from './helpers'

useMsw()

async function failure(promise: Promise<unknown>): Promise<MoniteApiError> {
  const error = await promise.catch((e: unknown) => e)
  if (!isMoniteApiError(error)) throw new Error(`expected MoniteApiError, got ${String(error)}`)
  return error
}

describe('MoniteApiError', () => {
  it('404 carries status, Monite message, request id, method and path', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${BASE}/entity_users/:id`, () =>
        json({ error: { message: 'Entity user not found' } }, 404, { 'x-request-id': 'abc-123' }),
      ),
    )
    const error = await failure(partnerClient().entityUsers.get(USER_ID))
    expect(error).toBeInstanceOf(MoniteApiError)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('MoniteApiError')
    expect(error.status).toBe(404)
    expect(error.message).toBe('Entity user not found')
    expect(error.requestId).toBe('abc-123')
    expect(error.method).toBe('GET')
    expect(error.path).toBe(`/v1/entity_users/${USER_ID}`)
    expect(error.body).toEqual({ error: { message: 'Entity user not found' } })
  })

  it('409 on deleting a role in use', async () => {
    tokenEndpoint()
    server.use(
      http.delete(`${BASE}/roles/:id`, () =>
        json({ error: { message: 'Role is assigned to users' } }, 409),
      ),
    )
    const error = await failure(partnerClient().roles.delete(ROLE_ID))
    expect(error).toMatchObject({
      status: 409,
      message: 'Role is assigned to users',
      method: 'DELETE',
    })
  })

  it('422 exposes the typed detail list', async () => {
    tokenEndpoint()
    const detail = [
      { loc: ['body', 'login'], msg: 'Field required', type: 'missing' },
      { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
    ]
    server.use(http.post(`${BASE}/entity_users`, () => json({ detail }, 422)))
    const error = await failure(
      partnerClient().entityUsers.create({ first_name: 'Ada', login: '', email: 'nope' }),
    )
    expect(error.status).toBe(422)
    expect(error.detail).toEqual(detail)
    expect(error.message).toBe(
      'body.login: Field required; body.email: value is not a valid email address',
    )
  })

  it('500 with a Monite body', async () => {
    tokenEndpoint()
    server.use(
      http.post(`${BASE}/roles`, () => json({ error: { message: 'Internal error' } }, 500)),
    )
    const error = await failure(
      partnerClient().roles.create({ name: 'x', permissions: { objects: [] } }),
    )
    expect(error).toMatchObject({ status: 500, message: 'Internal error' })
  })

  it('a non-JSON 502 page from a proxy still gives a clean error', async () => {
    tokenEndpoint()
    server.use(
      http.get(
        `${BASE}/roles/:id`,
        () =>
          new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'content-type': 'text/html' },
          }),
      ),
    )
    const error = await failure(partnerClient({ retry: false }).roles.get(ROLE_ID))
    expect(error.status).toBe(502)
    expect(error.message).toBe(`GET /v1/roles/${ROLE_ID} failed with HTTP 502 Bad Gateway`)
    expect(error.body).toContain('502 Bad Gateway')
    expect(error.detail).toBeUndefined()
  })

  it('an empty error body still gives a clean error', async () => {
    tokenEndpoint()
    server.use(http.get(`${BASE}/roles/:id`, () => new HttpResponse(null, { status: 403 })))
    const error = await failure(partnerClient().roles.get(ROLE_ID))
    expect(error.status).toBe(403)
    expect(error.message).toBe(`GET /v1/roles/${ROLE_ID} failed with HTTP 403 Forbidden`)
  })

  it('a plain-text error body becomes the message', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${BASE}/roles/:id`, () => HttpResponse.text('upstream timeout', { status: 504 })),
    )
    const error = await failure(partnerClient({ retry: false }).roles.get(ROLE_ID))
    expect(error.message).toBe('upstream timeout')
  })

  it('a 200 with a body that is not JSON is a typed client error', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${BASE}/roles/:id`, () =>
        HttpResponse.text('not json', { headers: { 'content-type': 'application/json' } }),
      ),
    )
    const error = await partnerClient()
      .roles.get(ROLE_ID)
      .catch((e: unknown) => e)
    expect(isMoniteClientError(error) && error.code).toBe('invalid_response')
  })

  it('guards reject other values', () => {
    expect(isMoniteApiError(new Error('x'))).toBe(false)
    expect(isMoniteApiError({ status: 404 })).toBe(false)
    expect(isMoniteClientError(new TypeError('x'))).toBe(false)
  })
})
