import { MoniteApiError, MoniteClientError } from '@monite-kit/client'
import { describe, expect, it } from 'vitest'
import { describeError, fieldErrorsFrom422 } from '../src/lib/errors'
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
    expect(describeError(apiError(500, { requestId: 'r1' })).text).toContain('request r1')
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
