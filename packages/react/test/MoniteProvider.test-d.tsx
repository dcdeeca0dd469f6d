import { createMoniteClient, type MoniteClient } from '@monite-kit/client'
import { describe, expectTypeOf, it } from 'vitest'
import { MoniteProvider, useMoniteClient } from '../src'

declare const client: MoniteClient

describe('provider types', () => {
  it('accepts a client, returns it typed', () => {
    ;<MoniteProvider client={client} scope="user-1" />
    ;<MoniteProvider client={createMoniteClient({ environment: 'sandbox' })} />
    expectTypeOf(useMoniteClient()).toEqualTypeOf<MoniteClient>()
  })

  it('rejects what is not a client', () => {
    // @ts-expect-error a client is required
    ;<MoniteProvider />
    // @ts-expect-error not a client
    ;<MoniteProvider client={{ baseUrl: 'x' }} />
    // @ts-expect-error scope is a string
    ;<MoniteProvider client={client} scope={1} />
  })
})
