import { describe, expectTypeOf, it } from 'vitest'
import {
  type CreateEntityUserInput,
  createMoniteClient,
  type EntityUser,
  type EntityUserPage,
  isMoniteApiError,
  type MoniteAuth,
  type MoniteValidationIssue,
  type Role,
} from '../src'

const client = createMoniteClient({ environment: 'sandbox', auth: { type: 'token', token: 't' } })

describe('resource helpers', () => {
  it('return the generated types', () => {
    expectTypeOf(client.entityUsers.get('id')).resolves.toEqualTypeOf<EntityUser>()
    expectTypeOf(client.entityUsers.list()).resolves.toEqualTypeOf<EntityUserPage>()
    expectTypeOf(client.entityUsers.myRole()).resolves.toEqualTypeOf<Role>()
    expectTypeOf(client.roles.delete('id')).resolves.toBeVoid()
    expectTypeOf<EntityUser['status']>().toEqualTypeOf<'active' | 'deleted'>()
    expectTypeOf<EntityUser['id']>().toBeString()
  })

  it('require the documented body fields', () => {
    expectTypeOf<CreateEntityUserInput>().toHaveProperty('first_name')
    // @ts-expect-error login is required
    client.entityUsers.create({ first_name: 'Ada' })
    // @ts-expect-error first_name must be a string
    client.entityUsers.create({ first_name: 1, login: 'ada' })
    // @ts-expect-error unknown property
    client.entityUsers.create({ first_name: 'Ada', login: 'ada', nickname: 'x' })
    // @ts-expect-error PATCH /me does not take login
    client.entityUsers.updateMe({ login: 'new' })
    const action = { action_name: 'read', permission: 'maybe' } as const
    const badRole = {
      name: 'x',
      permissions: { objects: [{ object_type: 'role', actions: [action] }] },
    }
    // @ts-expect-error permission must be one of Monite's values
    client.roles.create(badRole)
    client.roles.create({
      name: 'Approver',
      permissions: {
        objects: [
          { object_type: 'payable', actions: [{ action_name: 'approve', permission: 'allowed' }] },
          {
            object_type: 'entity_user',
            actions: [{ action_name: 'read', permission: 'allowed_for_own' }],
          },
        ],
      },
    })
  })

  it('type the list filters', () => {
    client.entityUsers.list({ limit: 10, order: 'desc', role_id__in: ['a', 'b'] })
    // @ts-expect-error order is asc | desc
    client.entityUsers.list({ order: 'up' })
    // @ts-expect-error limit is a number
    client.roles.list({ limit: '10' })
  })
})

describe('raw openapi-fetch client', () => {
  it('needs no Monite headers and types path params', async () => {
    const { data, error } = await client.raw.GET('/entity_users/{entity_user_id}', {
      params: { path: { entity_user_id: 'id' } },
    })
    expectTypeOf(data).toEqualTypeOf<EntityUser | undefined>()
    expectTypeOf(error).not.toBeAny()
    await client.raw.GET('/roles')
    await client.raw.GET('/roles', { params: { header: { 'x-monite-entity-id': 'e' } } })
  })

  it('rejects unknown paths and missing params', () => {
    // @ts-expect-error unknown path
    client.raw.GET('/receivables')
    // @ts-expect-error path param missing
    client.raw.GET('/roles/{role_id}', {})
    // @ts-expect-error wrong method for path
    client.raw.PUT('/roles')
    // @ts-expect-error body required
    client.raw.POST('/entity_users', {})
  })
})

describe('options and errors', () => {
  it('auth is a discriminated union', () => {
    expectTypeOf<Extract<MoniteAuth, { type: 'entity_user' }>>().toHaveProperty('entityUserId')
    // @ts-expect-error partner auth needs a secret
    createMoniteClient({ baseUrl: 'https://x', auth: { type: 'partner', clientId: 'a' } })
    // @ts-expect-error unknown environment
    createMoniteClient({ environment: 'staging' })
  })

  it('the guard narrows to MoniteApiError', () => {
    const err: unknown = new Error('x')
    if (isMoniteApiError(err)) {
      expectTypeOf(err.status).toBeNumber()
      expectTypeOf(err.detail).toEqualTypeOf<MoniteValidationIssue[] | undefined>()
      expectTypeOf(err.requestId).toEqualTypeOf<string | null>()
    }
  })
})
