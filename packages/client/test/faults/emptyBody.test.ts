// Item 7 of #11: a 2xx without a body where the operation declares one is `invalid_response`,
// never `undefined` typed as the declared type.
import type { ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { isMoniteClientError } from '../../src'
import { clientOf, httpServer, rejection } from './servers'

const empty200 = (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': 0 })
  res.end()
}
const noContent = (res: ServerResponse) => {
  res.writeHead(204)
  res.end()
}
/** 200, chunked, zero bytes: no Content-Length to tell. */
const emptyChunked = (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.flushHeaders()
  setTimeout(() => res.end(), 10)
}

const codeOf = (error: unknown) => (isMoniteClientError(error) ? error.code : error)

describe('a declared body that is missing', () => {
  for (const [name, answer] of [
    ['200 with Content-Length: 0', empty200],
    ['204', noContent],
    ['200 chunked with no bytes', emptyChunked],
  ] as const) {
    it(`${name} to GET /roles/{role_id} (helpers) is invalid_response`, async () => {
      const server = await httpServer((_req, res) => answer(res))
      const error = await rejection(clientOf(server).roles.get('r-1'))
      expect(codeOf(error)).toBe('invalid_response')
      expect((error as Error).message).toBe('GET /roles/{role_id}: the answer has no body')
    })

    it(`${name} to GET /roles/{role_id} (raw) is invalid_response`, async () => {
      const server = await httpServer((_req, res) => answer(res))
      const client = clientOf(server)
      const error = await rejection(
        client.raw.GET('/roles/{role_id}', { params: { path: { role_id: 'r-1' } } }),
      )
      expect(codeOf(error)).toBe('invalid_response')
    })
  }

  it('POST /roles, PATCH /entity_users/me and POST /auth/token with an empty 200', async () => {
    const server = await httpServer((_req, res) => empty200(res))
    const client = clientOf(server)
    const calls = [
      client.roles.create({ name: 'x', permissions: { objects: [] } }),
      client.entityUsers.updateMe({ first_name: 'A' }),
      client.auth.token({ grant_type: 'client_credentials', client_id: 'a', client_secret: 'b' }),
      client.entityUsers.list(),
    ]
    const errors = await Promise.all(calls.map(rejection))
    expect(errors.map(codeOf)).toEqual(Array(4).fill('invalid_response'))
  })

  it('DELETE, which declares no body, resolves on 204 (helpers and raw)', async () => {
    const server = await httpServer((_req, res) => noContent(res))
    const client = clientOf(server)
    await expect(client.roles.delete('r-1')).resolves.toBeUndefined()
    await expect(client.entityUsers.delete('u-1')).resolves.toBeUndefined()
    const { data, error, response } = await client.raw.DELETE('/roles/{role_id}', {
      params: { path: { role_id: 'r-1' } },
    })
    expect([data, error, response.status]).toEqual([undefined, undefined, 204])
  })

  it('an error status with an empty body stays a MoniteApiError', async () => {
    const server = await httpServer((_req, res) => {
      res.writeHead(404, { 'content-length': 0 })
      res.end()
    })
    const error = await rejection(clientOf(server).roles.get('r-1'))
    expect(error).toMatchObject({ name: 'MoniteApiError', status: 404 })
  })
})
