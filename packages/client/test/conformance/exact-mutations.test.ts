// The exact comparison really detects differences: mutate a copy of our document in memory.
import { describe, expect, test } from 'vitest'
import { compareDocuments, judge } from './compare'
import { DELIBERATE } from './deliberate'
import { hasUpstream, loadOurs, loadUpstream, upstreamSkipReason } from './documents'
import { at, expectReported, JSON_200, JSON_BODY, type Mutation, schemaAt } from './mutate'
import { asArr, asObj } from './normalize'

const MUTATIONS: Mutation[] = [
  {
    name: 'drop a required property',
    mutate: (doc) => {
      const s = schemaAt(doc, 'CreateEntityUserRequest')
      expect(s.required).toContain('login')
      s.required = asArr(s.required).filter((r) => r !== 'login')
    },
    expect: { where: 'POST /entity_users', pointer: `${JSON_BODY}/required` },
  },
  {
    name: 'change an enum value',
    mutate: (doc) => {
      const s = schemaAt(doc, 'CommonObjectTypeEnum')
      expect(s.enum).toContain('receipt')
      s.enum = asArr(s.enum).map((v) => (v === 'receipt' ? 'receipts' : v))
    },
    expect: {
      where: 'POST /roles',
      pointer: `${JSON_BODY}/properties/permissions/properties/objects/items/oneOf/CommonSchema/properties/object_type/enum`,
    },
  },
  {
    name: 'reorder enum values',
    mutate: (doc) => {
      const s = schemaAt(doc, 'GrantType')
      s.enum = [...asArr(s.enum)].reverse()
    },
    expect: { where: 'POST /auth/token', pointer: `${JSON_BODY}/properties/grant_type/enum` },
  },
  {
    name: 'loosen a maxLength inside a nullable property of a oneOf variant',
    mutate: (doc) => {
      const website = schemaAt(doc, 'EntityOrganizationResponse', 'properties', 'website')
      const branch = asObj(asArr(website.anyOf)[0])
      expect(branch.maxLength).toBe(2083)
      branch.maxLength = 2084
    },
    expect: {
      where: 'GET /entity_users/my_entity',
      pointer: `${JSON_200}/oneOf/EntityOrganizationResponse/properties/website/maxLength`,
    },
  },
  {
    name: 'allow additional properties',
    mutate: (doc) => {
      const s = schemaAt(doc, 'ObtainTokenPayload')
      expect(s.additionalProperties).toBe(false)
      s.additionalProperties = true
    },
    expect: { where: 'POST /auth/token', pointer: `${JSON_BODY}/additionalProperties` },
  },
  {
    name: 'drop nullability',
    mutate: (doc) => {
      schemaAt(doc, 'ObtainTokenPayload', 'properties').entity_user_id = {
        type: 'string',
        format: 'uuid',
      }
    },
    expect: {
      where: 'POST /auth/token',
      pointer: `${JSON_BODY}/properties/entity_user_id/nullable`,
    },
  },
  {
    name: 'change a type',
    mutate: (doc) => {
      schemaAt(doc, 'AccessTokenResponse', 'properties', 'expires_in').type = 'number'
    },
    expect: { where: 'POST /auth/token', pointer: `${JSON_200}/properties/expires_in/type` },
  },
  {
    name: 'drop a format',
    mutate: (doc) => {
      delete schemaAt(doc, 'RevokeTokenPayload', 'properties', 'client_id').format
    },
    expect: { where: 'POST /auth/revoke', pointer: `${JSON_BODY}/properties/client_id/format` },
  },
  {
    name: 'raise a parameter maximum',
    mutate: (doc) => {
      at(doc, 'components', 'parameters', 'Limit', 'schema').maximum = 1000
    },
    expect: { where: 'GET /entity_users', pointer: '/parameters/query/limit/schema/maximum' },
  },
  {
    name: 'make a required header optional',
    mutate: (doc) => {
      at(doc, 'components', 'parameters', 'XMoniteEntityId').required = false
    },
    expect: { where: 'GET /roles', pointer: '/parameters/header/x-monite-entity-id/required' },
  },
  {
    name: 'drop an error response that upstream declares',
    mutate: (doc) => {
      const responses = at(doc, 'paths', '/roles', 'get', 'responses')
      expect(responses).toHaveProperty('422')
      delete responses['422']
    },
    expect: { where: 'GET /roles', pointer: '/responses/422' },
  },
  {
    name: 'change an error schema',
    mutate: (doc) => {
      schemaAt(doc, 'ErrorSchema').required = []
    },
    expect: {
      where: 'DELETE /roles/{role_id}',
      pointer: '/responses/409/content/application~1json/schema/properties/error/required',
    },
  },
  {
    name: 'point a success response at another schema',
    mutate: (doc) => {
      at(
        doc,
        'paths',
        '/entity_users/me',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
      ).schema = { $ref: '#/components/schemas/RoleResponse' }
    },
    expect: { where: 'GET /entity_users/me', pointer: `${JSON_200}/properties` },
  },
  {
    name: 'use another schema name for the same shape',
    mutate: (doc) => {
      const schemas = at(doc, 'components', 'schemas')
      schemas.TokenMessage = schemas.MessageResponse
      at(
        doc,
        'paths',
        '/auth/revoke',
        'post',
        'responses',
        '200',
        'content',
        'application/json',
      ).schema = { $ref: '#/components/schemas/TokenMessage' }
    },
    expect: {
      where: 'POST /auth/revoke',
      pointer: '/responses/200/content/application~1json/schemaName',
    },
  },
  {
    name: 'add an operation upstream does not have',
    mutate: (doc) => {
      const item = at(doc, 'paths', '/roles')
      item.put = structuredClone(item.post)
    },
    expect: { where: 'PUT /roles', pointer: '' },
  },
  {
    name: 'remove a deliberately added 429',
    mutate: (doc) => {
      delete at(doc, 'paths', '/auth/token', 'post', 'responses')['429']
    },
    expect: { stale: 'extra response 429 on POST /auth/token' },
  },
]

describe.skipIf(!hasUpstream)('the exact conformance check can fail', () => {
  test.each(MUTATIONS)('reports: $name', (mutation) => expectReported(mutation))

  test('an unknown deliberate entry is reported as stale', () => {
    const verdict = judge(compareDocuments(loadOurs(), loadUpstream()), {
      ...DELIBERATE,
      extraSchemaNames: { ...DELIBERATE.extraSchemaNames, NoSuchSchema: 'test' },
    })
    expect(verdict.stale).toEqual(['extra schema name NoSuchSchema (listed because: test)'])
  })
})

if (!hasUpstream) {
  test.skip(`conformance tests skipped: ${upstreamSkipReason}`, () => {})
}
