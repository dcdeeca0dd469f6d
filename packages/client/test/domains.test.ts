// Counterparts and payables through the raw client: every operation of the spec's second
// domain sends Monite's headers (version, bearer, entity), its query as Monite reads it, and
// returns the answer as data (201 and 204 included).
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import type { MoniteClient } from '../src'
import {
  BASE,
  ENTITY_ID,
  json,
  partnerClient,
  recordRequests,
  server,
  tokenEndpoint,
  useMsw,
} from './helpers'

useMsw()

const PAYABLE_ID = 'a1b2c3d4-4444-4f57-9a4e-0a1b2c3d4e5f'
const COUNTERPART_ID = 'b2c3d4e5-5555-4f57-9a4e-0a1b2c3d4e5f'
const NOW = '2024-05-25T10:00:00Z'

const payable = {
  id: PAYABLE_ID,
  created_at: NOW,
  updated_at: NOW,
  entity_id: ENTITY_ID,
  status: 'new',
  payable_origin: 'upload',
  source_of_payable_data: 'user_specified',
  currency: 'EUR',
  total_amount: 12_000,
  counterpart_id: COUNTERPART_ID,
  // Monite answers with more fields than the spec declares; they pass through untouched.
  credit_notes: [],
}
const counterpart = {
  id: COUNTERPART_ID,
  created_at: NOW,
  updated_at: NOW,
  type: 'organization',
  organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false },
}
const page = (item: unknown) => ({
  data: [item],
  next_pagination_token: 'next-1',
  prev_pagination_token: null,
})

interface Case {
  op: string
  /** The path actually requested, after `/v1`. */
  path: string
  answer: { status: number; body?: unknown }
  call: (client: MoniteClient) => Promise<{ data?: unknown; response: Response }>
}

const action = (name: string): Case => ({
  op: `POST /payables/{payable_id}/${name}`,
  path: `/payables/${PAYABLE_ID}/${name}`,
  answer: { status: 200, body: payable },
  call: (c) =>
    c.raw.POST(`/payables/{payable_id}/${name}` as '/payables/{payable_id}/cancel', {
      params: { path: { payable_id: PAYABLE_ID } },
    }),
})

const cases: Case[] = [
  {
    op: 'GET /counterparts',
    path: '/counterparts',
    answer: { status: 200, body: page(counterpart) },
    call: (c) => c.raw.GET('/counterparts'),
  },
  {
    op: 'POST /counterparts',
    path: '/counterparts',
    answer: { status: 201, body: counterpart },
    call: (c) =>
      c.raw.POST('/counterparts', {
        body: {
          type: 'organization',
          organization: {
            legal_name: 'Acme GmbH',
            is_vendor: true,
            is_customer: false,
            address: { city: 'Berlin', country: 'DE', line1: 'Str. 1', postal_code: '10115' },
          },
        },
      }),
  },
  {
    op: 'GET /counterparts/{counterpart_id}',
    path: `/counterparts/${COUNTERPART_ID}`,
    answer: { status: 200, body: counterpart },
    call: (c) =>
      c.raw.GET('/counterparts/{counterpart_id}', {
        params: { path: { counterpart_id: COUNTERPART_ID } },
      }),
  },
  {
    op: 'PATCH /counterparts/{counterpart_id}',
    path: `/counterparts/${COUNTERPART_ID}`,
    answer: { status: 200, body: counterpart },
    call: (c) =>
      c.raw.PATCH('/counterparts/{counterpart_id}', {
        params: { path: { counterpart_id: COUNTERPART_ID } },
        body: { organization: { legal_name: 'Acme AG' } },
      }),
  },
  {
    op: 'DELETE /counterparts/{counterpart_id}',
    path: `/counterparts/${COUNTERPART_ID}`,
    answer: { status: 204 },
    call: (c) =>
      c.raw.DELETE('/counterparts/{counterpart_id}', {
        params: { path: { counterpart_id: COUNTERPART_ID } },
      }),
  },
  {
    op: 'GET /payables',
    path: '/payables',
    answer: { status: 200, body: page(payable) },
    call: (c) => c.raw.GET('/payables'),
  },
  {
    op: 'POST /payables',
    path: '/payables',
    answer: { status: 200, body: payable },
    call: (c) =>
      c.raw.POST('/payables', {
        body: { currency: 'EUR', total_amount: 12_000, counterpart_id: COUNTERPART_ID },
      }),
  },
  {
    op: 'GET /payables/{payable_id}',
    path: `/payables/${PAYABLE_ID}`,
    answer: { status: 200, body: payable },
    call: (c) =>
      c.raw.GET('/payables/{payable_id}', { params: { path: { payable_id: PAYABLE_ID } } }),
  },
  {
    op: 'PATCH /payables/{payable_id}',
    path: `/payables/${PAYABLE_ID}`,
    answer: { status: 200, body: payable },
    call: (c) =>
      c.raw.PATCH('/payables/{payable_id}', {
        params: { path: { payable_id: PAYABLE_ID } },
        body: { due_date: '2024-06-30' },
      }),
  },
  {
    op: 'DELETE /payables/{payable_id}',
    path: `/payables/${PAYABLE_ID}`,
    answer: { status: 204 },
    call: (c) =>
      c.raw.DELETE('/payables/{payable_id}', { params: { path: { payable_id: PAYABLE_ID } } }),
  },
  action('submit_for_approval'),
  action('approve_payment_operation'),
  action('reject'),
  action('cancel'),
  {
    ...action('mark_as_paid'),
    call: (c) =>
      c.raw.POST('/payables/{payable_id}/mark_as_paid', {
        params: { path: { payable_id: PAYABLE_ID } },
        body: { comment: 'paid by wire' },
      }),
  },
]

function answer({ op, answer: a }: Case) {
  const [method, template] = op.split(' ') as [string, string]
  const url = `${BASE}${template.replace(/\{([^}]+)\}/g, ':$1')}`
  const handler =
    method === 'GET'
      ? http.get
      : method === 'POST'
        ? http.post
        : method === 'PATCH'
          ? http.patch
          : http.delete
  server.use(
    handler(url, () =>
      a.body === undefined
        ? new HttpResponse(null, { status: a.status })
        : json(a.body as object, a.status),
    ),
  )
}

describe('counterparts and payables through the raw client', () => {
  it('covers all 15 operations of the second domain', () => {
    expect(new Set(cases.map((c) => c.op)).size).toBe(15)
  })

  for (const c of cases) {
    it(`${c.op}: version, bearer and entity headers; the answer as data`, async () => {
      tokenEndpoint()
      answer(c)
      const log = recordRequests()
      const { data, response } = await c.call(partnerClient())
      expect(response.status).toBe(c.answer.status)
      if (c.answer.body === undefined) expect(data).toBeUndefined()
      else expect(data).toEqual(c.answer.body)
      const [method] = c.op.split(' ') as [string]
      const sent = log.find((r) => r.method === method && r.path === `/v1${c.path}`)
      expect(sent, `no ${c.op} request was sent`).toBeDefined()
      expect(sent?.headers['x-monite-version']).toBe('2024-05-25')
      expect(sent?.headers.authorization).toBe('Bearer tok-1')
      expect(sent?.headers['x-monite-entity-id']).toBe(ENTITY_ID)
    })
  }

  it('sends GET /payables filters as Monite reads them (status__in repeated, dates as given)', async () => {
    tokenEndpoint()
    server.use(http.get(`${BASE}/payables`, () => json(page(payable))))
    const log = recordRequests()
    await partnerClient().raw.GET('/payables', {
      params: {
        query: {
          status__in: ['new', 'approve_in_progress'],
          due_date__lte: '2024-06-30',
          counterpart_id: COUNTERPART_ID,
          sort: 'created_at',
          order: 'desc',
          limit: 50,
        },
      },
    })
    const sent = log.find((r) => r.path === '/v1/payables')
    const query = new URLSearchParams(sent?.query ?? '')
    expect(query.getAll('status__in')).toEqual(['new', 'approve_in_progress'])
    expect(query.get('due_date__lte')).toBe('2024-06-30')
    expect(query.get('counterpart_id')).toBe(COUNTERPART_ID)
    expect(query.get('sort')).toBe('created_at')
    expect(query.get('order')).toBe('desc')
    expect(query.get('limit')).toBe('50')
  })

  it('a 409 on a wrong status transition comes back as the typed error body', async () => {
    tokenEndpoint()
    server.use(
      http.post(`${BASE}/payables/:id/approve_payment_operation`, () =>
        json({ error: { message: 'Payable is in status new' } }, 409),
      ),
    )
    const { data, error, response } = await partnerClient().raw.POST(
      '/payables/{payable_id}/approve_payment_operation',
      { params: { path: { payable_id: PAYABLE_ID } } },
    )
    expect(response.status).toBe(409)
    expect(data).toBeUndefined()
    expect(error).toEqual({ error: { message: 'Payable is in status new' } })
  })
})
