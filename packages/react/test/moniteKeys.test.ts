import { createMoniteClient } from '@monite-kit/client'
import { partialMatchKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { moniteKeys, resolveMoniteScope } from '../src'

const baseUrl = 'https://api.sandbox.monite.com/v1'
const a = { baseUrl, entityId: 'entity-a' }
const b = { baseUrl, entityId: 'entity-b' }

describe('moniteKeys', () => {
  it('builds ordered prefixes: all → entity → resource → lists → list(params) → infinite', () => {
    const chain = [
      moniteKeys.all(a),
      moniteKeys.entity(a),
      moniteKeys.entityUsers.all(a),
      moniteKeys.entityUsers.lists(a),
      moniteKeys.entityUsers.list(a, { status: 'active' }),
      moniteKeys.entityUsers.infinite(a, { status: 'active' }),
    ]
    for (let i = 1; i < chain.length; i++) {
      expect(partialMatchKey(chain[i]!, chain[i - 1]!)).toBe(true)
    }
    expect(moniteKeys.entityUsers.list(a, { status: 'active' })).toEqual([
      'monite',
      baseUrl,
      'entity-a',
      'entityUsers',
      'list',
      { status: 'active' },
    ])
  })

  it('puts details under the resource, next to lists, not under lists', () => {
    const detail = moniteKeys.roles.detail(a, 'r1')
    expect(detail).toEqual(['monite', baseUrl, 'entity-a', 'roles', 'detail', 'r1'])
    expect(partialMatchKey(detail, moniteKeys.roles.details(a))).toBe(true)
    expect(partialMatchKey(detail, moniteKeys.roles.all(a))).toBe(true)
    expect(partialMatchKey(detail, moniteKeys.roles.lists(a))).toBe(false)
  })

  it('never lets two entities or two hosts share a key', () => {
    expect(partialMatchKey(moniteKeys.entityUsers.list(b), moniteKeys.entity(a))).toBe(false)
    const eu = { baseUrl: 'https://api.monite.com/v1', entityId: 'entity-a' }
    expect(partialMatchKey(moniteKeys.roles.detail(eu, 'r1'), moniteKeys.all(a))).toBe(false)
  })

  it('normalises missing params to {} and a missing entity to null', () => {
    expect(moniteKeys.roles.list(a)).toEqual(moniteKeys.roles.list(a, {}))
    expect(moniteKeys.entity({ baseUrl, entityId: undefined })).toEqual(['monite', baseUrl, null])
  })

  it('keys /me and /my_role by host and scope, not by entity', () => {
    expect(moniteKeys.me(a, 'user-1')).toEqual(['monite', baseUrl, 'session', 'user-1', 'me'])
    expect(moniteKeys.me(b, 'user-1')).toEqual(moniteKeys.me(a, 'user-1'))
    expect(moniteKeys.myRole(a, 'user-2')).not.toEqual(moniteKeys.myRole(a, 'user-1'))
    expect(partialMatchKey(moniteKeys.myRole(a, 'u'), moniteKeys.session(a, 'u'))).toBe(true)
    expect(partialMatchKey(moniteKeys.me(a, 'u'), moniteKeys.entity(a))).toBe(false)
  })
})

describe('resolveMoniteScope', () => {
  const tokenClient = () =>
    createMoniteClient({ baseUrl, entityId: 'e', auth: { type: 'token', token: 't' } })
  const userClient = (entityUserId: string) =>
    createMoniteClient({
      baseUrl,
      entityId: 'e',
      auth: { type: 'entity_user', clientId: 'c', clientSecret: 's', entityUserId },
    })

  it('prefers an explicit scope', () => {
    expect(resolveMoniteScope(userClient('u1'), 'session-1')).toBe('session-1')
  })

  it("uses the client's identity scope: same user, same scope; other user, other scope", () => {
    expect(resolveMoniteScope(userClient('u1'))).toBe('entity_user:u1')
    expect(resolveMoniteScope(userClient('u1'))).toBe(resolveMoniteScope(userClient('u1')))
    expect(resolveMoniteScope(userClient('u1'))).not.toBe(resolveMoniteScope(userClient('u2')))
    expect(resolveMoniteScope(userClient('u1').withEntity('e2'))).toBe('entity_user:u1')
  })

  it('gives token / fetchToken clients a scope per client object, never a shared one', () => {
    const one = tokenClient()
    const two = tokenClient()
    expect(one.scope).toBeUndefined()
    expect(resolveMoniteScope(one)).toBe(resolveMoniteScope(one))
    expect(resolveMoniteScope(one)).not.toBe(resolveMoniteScope(two))
  })

  it('honours createMoniteClient({ scope })', () => {
    const client = createMoniteClient({
      baseUrl,
      scope: 'user-42',
      auth: { type: 'fetchToken', fetchToken: async () => 't' },
    })
    expect(resolveMoniteScope(client)).toBe('user-42')
  })
})
