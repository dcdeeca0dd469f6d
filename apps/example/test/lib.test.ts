import { MoniteApiError, MoniteClientError } from '@monite-kit/client'
import { describe, expect, it } from 'vitest'
import { describeError, fieldErrorsFrom422, isRetryable } from '../src/lib/errors'
import {
  COMMON_OBJECT_TYPES,
  countAllowed,
  fromMatrix,
  presetMatrix,
  summarize,
  toMatrix,
} from '../src/lib/permissions'
import { matchPath } from '../src/lib/router'
import { userBody, validateUser } from '../src/lib/validation'

const apiError = (
  status: number,
  extra: Partial<ConstructorParameters<typeof MoniteApiError>[0]> = {},
) => new MoniteApiError({ status, message: 'boom', method: 'POST', path: '/v1/x', ...extra })

describe('errors', () => {
  it('maps 422 detail onto known fields and keeps the rest', () => {
    const error = apiError(422, {
      detail: [
        { loc: ['body', 'login'], msg: 'field required', type: 'missing' },
        { loc: ['body', 'permissions', 'objects', 0], msg: 'bad', type: 'x' },
        { loc: ['query', 'limit'], msg: 'too big', type: 'x' },
      ],
    })
    expect(fieldErrorsFrom422(error, ['login', 'permissions'] as const)).toEqual({
      fields: { login: 'Field required', permissions: 'Bad' },
      rest: ['query.limit: too big'],
    })
    expect(fieldErrorsFrom422(apiError(409), ['login'])).toBeNull()
  })

  it('describes 403, 409, network and unknown errors', () => {
    expect(describeError(apiError(403)).kind).toBe('forbidden')
    expect(describeError(apiError(409)).kind).toBe('conflict')
    expect(describeError(new MoniteClientError('network', 'x')).kind).toBe('network')
    expect(describeError(new TypeError('Failed to fetch')).kind).toBe('network')
  })

  it('offers a retry only where one may help: network, timeout, 429, 5xx', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(isRetryable(apiError(status)), `HTTP ${status}`).toBe(false)
      expect(describeError(apiError(status)).retryable, `HTTP ${status}`).toBe(false)
    }
    for (const status of [429, 500, 502, 503, 504]) {
      expect(isRetryable(apiError(status)), `HTTP ${status}`).toBe(true)
    }
    expect(isRetryable(new MoniteClientError('network', 'x'))).toBe(true)
    expect(isRetryable(new MoniteClientError('timeout', 'x'))).toBe(true)
    expect(isRetryable(new MoniteClientError('missing_entity_id', 'x'))).toBe(false)
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true)
    expect(isRetryable(new Error('bug'))).toBe(false)
  })

  it('keeps request ids and UUIDs out of the text, in the details for support', () => {
    const id = '3f2a9c1e-8b7d-4e6f-a5b4-c3d2e1f0a9b8'
    const error = apiError(404, {
      requestId: 'ba4403f3-1111-2222-3333-444455556666',
      message: `Role ${id} not found`,
    })
    const described = describeError(error)
    expect(described.text).toBe('Role not found')
    expect(described.text).not.toMatch(/[0-9a-f]{8}-/)
    expect(described.details).toContain('Request id: ba4403f3-1111-2222-3333-444455556666')
    expect(described.details.join('\n')).toContain(id)
    const server = describeError(apiError(500, { requestId: 'r1' }))
    expect(server.text).not.toContain('r1')
    expect(server.details).toContain('Request id: r1')
  })
})

describe('validation', () => {
  it('requires what Monite requires', () => {
    expect(validateUser({}, { mode: 'create' })).toMatchObject({
      first_name: expect.any(String),
      login: expect.any(String),
      role_id: expect.any(String),
    })
    expect(validateUser({ first_name: 'A' }, { mode: 'me' })).toEqual({})
    expect(
      validateUser({ first_name: 'x'.repeat(256), login: 'a', role_id: 'r' }, { mode: 'create' }),
    ).toEqual({ first_name: 'At most 255 characters' })
  })

  it('builds bodies: omits empty fields on create, clears nullable ones on edit', () => {
    const values = {
      first_name: 'A',
      last_name: '',
      login: 'a',
      email: '',
      phone: '',
      title: '',
      role_id: 'r',
    }
    expect(userBody(values, 'create')).toEqual({ first_name: 'A', login: 'a', role_id: 'r' })
    expect(userBody(values, 'edit')).toEqual({
      first_name: 'A',
      login: 'a',
      role_id: 'r',
      last_name: null,
      email: null,
      phone: null,
    })
  })
})

describe('permissions', () => {
  it('round-trips a matrix through Monite permissions, every object type written out', () => {
    const matrix = presetMatrix('readOnly')
    const permissions = fromMatrix(matrix)
    expect(permissions.objects).toHaveLength(COMMON_OBJECT_TYPES.length + 1)
    expect(toMatrix(permissions)).toEqual(matrix)
    expect(countAllowed(permissions)).toBe(COMMON_OBJECT_TYPES.length + 1)
    expect(summarize(matrix, 'payable')).toBe('Read only')
    expect(summarize(presetMatrix('admin'), 'role')).toBe('Full access')
    expect(summarize(presetMatrix('none'), 'role')).toBe('No access')
  })
})

describe('router', () => {
  it('matches paths with params', () => {
    expect(matchPath('/roles/:id', '/roles/a%20b')).toEqual({ id: 'a b' })
    expect(matchPath('/roles/:id', '/roles')).toBeNull()
    expect(matchPath('/roles/new', '/roles/new')).toEqual({})
  })
})
