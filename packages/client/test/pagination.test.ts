import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { isMoniteClientError, listAll, paginate } from '../src'
import {
  BASE,
  json,
  partnerClient,
  recordRequests,
  server,
  tokenEndpoint,
  useMsw,
  user,
} from './helpers'

useMsw()

/** 7 users in pages of `limit`, with opaque cursors. */
function usersEndpoint(total: number) {
  const all = Array.from({ length: total }, (_, i) => ({
    ...user,
    id: `user-${i}`,
    login: `u${i}`,
  }))
  const cursors = new Map<string, { offset: number; limit: number }>()
  server.use(
    http.get(`${BASE}/entity_users`, ({ request }) => {
      const url = new URL(request.url)
      const token = url.searchParams.get('pagination_token')
      const state = token
        ? cursors.get(token)
        : { offset: 0, limit: Number(url.searchParams.get('limit') ?? 100) }
      if (!state) return json({ error: { message: 'bad token' } }, 400)
      const data = all.slice(state.offset, state.offset + state.limit)
      const nextOffset = state.offset + state.limit
      let next: string | null = null
      if (nextOffset < all.length) {
        next = `cursor-${nextOffset}`
        cursors.set(next, { offset: nextOffset, limit: state.limit })
      }
      return json({ data, next_pagination_token: next, prev_pagination_token: null })
    }),
  )
  return all
}

describe('pagination', () => {
  it('pages() follows next_pagination_token over 3+ pages, sending only the token after page 1', async () => {
    tokenEndpoint()
    usersEndpoint(7)
    const log = recordRequests()
    const sizes: number[] = []
    for await (const page of partnerClient().entityUsers.pages({ limit: 3, status: 'active' })) {
      sizes.push(page.data.length)
    }
    expect(sizes).toEqual([3, 3, 1])
    const queries = log.filter((r) => r.path === '/v1/entity_users').map((r) => r.query)
    expect(queries).toEqual([
      'limit=3&status=active',
      'pagination_token=cursor-3',
      'pagination_token=cursor-6',
    ])
  })

  it('listAll() yields every item once, in order', async () => {
    tokenEndpoint()
    const all = usersEndpoint(7)
    const seen: string[] = []
    for await (const u of partnerClient().entityUsers.listAll({ limit: 2 })) seen.push(u.id)
    expect(seen).toEqual(all.map((u) => u.id))
  })

  it('maxPages stops early', async () => {
    tokenEndpoint()
    usersEndpoint(7)
    const seen: string[] = []
    for await (const u of partnerClient().entityUsers.listAll({ limit: 2 }, { maxPages: 2 })) {
      seen.push(u.id)
    }
    expect(seen).toHaveLength(4)
  })

  it('paginate()/listAll() work with any list function and detect cursor loops', async () => {
    let calls = 0
    const looping = async () => {
      calls++
      return { data: [calls], next_pagination_token: 'same' }
    }
    const items: number[] = []
    const error = await (async () => {
      for await (const item of listAll(looping)) items.push(item)
    })().catch((e: unknown) => e)
    expect(items).toEqual([1, 2])
    expect(isMoniteClientError(error) && error.code).toBe('invalid_response')

    const pages: number[][] = []
    for await (const page of paginate(async () => ({
      data: [1, 2],
      next_pagination_token: null,
    }))) {
      pages.push(page.data)
    }
    expect(pages).toEqual([[1, 2]])
  })
})
