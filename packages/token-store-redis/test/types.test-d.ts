import type { MoniteTokenStore } from '@monite-kit/client'
import { createClient as createClient6, createCluster } from 'redis'
import { createClient as createClient5 } from 'redis-v5'
import { describe, expectTypeOf, it } from 'vitest'
import { createRedisTokenStore, type RedisCommandClient } from '../src'

describe('createRedisTokenStore types', () => {
  it('takes a redis 5 or 6 client, with or without modules, and gives a MoniteTokenStore', () => {
    expectTypeOf(createClient6()).toMatchTypeOf<RedisCommandClient>()
    expectTypeOf(createClient5()).toMatchTypeOf<RedisCommandClient>()
    expectTypeOf(createClient6({ RESP: 3 })).toMatchTypeOf<RedisCommandClient>()
    expectTypeOf(
      createRedisTokenStore({ client: createClient6() }),
    ).toEqualTypeOf<MoniteTokenStore>()
  })

  it('refuses what is not a node-redis client', () => {
    // @ts-expect-error a cluster's sendCommand takes other arguments
    createRedisTokenStore({ client: createCluster({ rootNodes: [] }) })
    // @ts-expect-error a URL is not a client
    createRedisTokenStore({ client: 'redis://localhost' })
    // @ts-expect-error onError is a function
    createRedisTokenStore({ client: createClient6(), onError: 'log' })
  })
})
