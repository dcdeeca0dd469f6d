// Types of the spec's second domain (counterparts and payables) through the raw client: what
// must compile and what must not.
import { describe, expectTypeOf, it } from 'vitest'
import { type components, createMoniteClient, type paths } from '../src'

type Schemas = components['schemas']
type Payable = Schemas['PayableResponseSchema']
type Counterpart = Schemas['CounterpartResponse']

const client = createMoniteClient({ environment: 'sandbox', auth: { type: 'token', token: 't' } })
const id = '00000000-0000-4000-8000-000000000000'

describe('paths', () => {
  it('has the 9 paths of counterparts and payables', () => {
    expectTypeOf<paths>().toHaveProperty('/counterparts')
    expectTypeOf<paths>().toHaveProperty('/counterparts/{counterpart_id}')
    expectTypeOf<paths>().toHaveProperty('/payables')
    expectTypeOf<paths>().toHaveProperty('/payables/{payable_id}')
    expectTypeOf<paths>().toHaveProperty('/payables/{payable_id}/submit_for_approval')
    expectTypeOf<paths>().toHaveProperty('/payables/{payable_id}/approve_payment_operation')
    expectTypeOf<paths>().toHaveProperty('/payables/{payable_id}/reject')
    expectTypeOf<paths>().toHaveProperty('/payables/{payable_id}/cancel')
    expectTypeOf<paths>().toHaveProperty('/payables/{payable_id}/mark_as_paid')
  })

  it('rejects unknown paths and methods', () => {
    // @ts-expect-error no such action
    client.raw.POST('/payables/{payable_id}/pay', { params: { path: { payable_id: id } } })
    // @ts-expect-error actions are POST only
    client.raw.GET('/payables/{payable_id}/cancel', { params: { path: { payable_id: id } } })
    // @ts-expect-error no PUT on payables
    client.raw.PUT('/payables/{payable_id}', { params: { path: { payable_id: id } }, body: {} })
  })
})

describe('payables', () => {
  it('types list pages, items and statuses', async () => {
    const { data } = await client.raw.GET('/payables')
    expectTypeOf(data).toEqualTypeOf<Schemas['PayablePaginationResponse'] | undefined>()
    expectTypeOf<NonNullable<typeof data>['data']>().toEqualTypeOf<Payable[]>()
    // Monite sends null on the last page (a listed difference from its document).
    expectTypeOf<NonNullable<typeof data>['next_pagination_token']>().toEqualTypeOf<
      string | null | undefined
    >()
    expectTypeOf<Payable['status']>().toEqualTypeOf<
      | 'draft'
      | 'new'
      | 'approve_in_progress'
      | 'waiting_to_be_paid'
      | 'partially_paid'
      | 'paid'
      | 'canceled'
      | 'rejected'
    >()
    expectTypeOf<Payable['id']>().toBeString()
    expectTypeOf<Payable['total_amount']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<Payable['currency']>().toEqualTypeOf<Schemas['CurrencyEnum'] | undefined>()
  })

  it('types the list filters', () => {
    client.raw.GET('/payables', {
      params: {
        query: {
          status__in: ['new', 'paid'],
          due_date__gte: '2024-01-01',
          counterpart_id: id,
          sort: 'created_at',
          order: 'desc',
          limit: 10,
          pagination_token: 'tok',
        },
      },
    })
    // @ts-expect-error not a payable status
    client.raw.GET('/payables', { params: { query: { status: 'cancelled' } } })
    // @ts-expect-error payables cannot be sorted by due date
    client.raw.GET('/payables', { params: { query: { sort: 'due_date' } } })
    // @ts-expect-error limit is a number
    client.raw.GET('/payables', { params: { query: { limit: '10' } } })
    // @ts-expect-error a filter the spec does not declare
    client.raw.GET('/payables', { params: { query: { ocr_status: 'success' } } })
  })

  it('requires the path parameter and types the bodies', async () => {
    // @ts-expect-error payable_id is required
    client.raw.GET('/payables/{payable_id}', {})
    // @ts-expect-error payable_id is required
    client.raw.POST('/payables/{payable_id}/cancel', { params: { path: {} } })
    const { data } = await client.raw.POST('/payables/{payable_id}/approve_payment_operation', {
      params: { path: { payable_id: id } },
    })
    expectTypeOf(data).toEqualTypeOf<Payable | undefined>()

    client.raw.POST('/payables', { body: { currency: 'EUR', total_amount: 100 } })
    // @ts-expect-error not a currency code
    client.raw.POST('/payables', { body: { currency: 'EURO' } })
    client.raw.PATCH('/payables/{payable_id}', {
      params: { path: { payable_id: id } },
      // @ts-expect-error amounts are integers in minor units, not strings
      body: { amount_paid: '1' },
    })
    // @ts-expect-error the body is required
    client.raw.PATCH('/payables/{payable_id}', { params: { path: { payable_id: id } } })
    // mark_as_paid takes an optional comment
    client.raw.POST('/payables/{payable_id}/mark_as_paid', { params: { path: { payable_id: id } } })
    client.raw.POST('/payables/{payable_id}/mark_as_paid', {
      params: { path: { payable_id: id } },
      body: { comment: 'wire transfer' },
    })
    type MarkAsPaid = NonNullable<
      paths['/payables/{payable_id}/mark_as_paid']['post']['requestBody']
    >['content']['application/json']
    expectTypeOf<MarkAsPaid>().toEqualTypeOf<{ comment?: string }>()
  })

  it('types the error answers, 409 included', async () => {
    const { error } = await client.raw.POST('/payables/{payable_id}/reject', {
      params: { path: { payable_id: id } },
    })
    expectTypeOf<NonNullable<typeof error>>().toEqualTypeOf<
      Schemas['ErrorSchemaResponse'] | Schemas['HTTPValidationError']
    >()
    expectTypeOf<
      paths['/payables/{payable_id}/reject']['post']['responses']['409']['content']['application/json']
    >().toEqualTypeOf<Schemas['ErrorSchemaResponse']>()
  })
})

describe('counterparts', () => {
  it('is a union of organizations and individuals, told apart by `type`', async () => {
    const { data } = await client.raw.GET('/counterparts/{counterpart_id}', {
      params: { path: { counterpart_id: id } },
    })
    expectTypeOf(data).toEqualTypeOf<Counterpart | undefined>()
    if (data && 'organization' in data) {
      expectTypeOf(data.organization.legal_name).toBeString()
    }
    if (data && 'individual' in data) {
      expectTypeOf(data.individual.first_name).toBeString()
    }
  })

  it('answers 201 with the counterpart on create', async () => {
    const { data } = await client.raw.POST('/counterparts', {
      body: {
        type: 'individual',
        individual: {
          first_name: 'Ada',
          last_name: 'Lovelace',
          is_customer: false,
          is_vendor: true,
          address: { city: 'London', country: 'GB', line1: '12 St James Sq', postal_code: 'SW1Y' },
        },
      },
    })
    expectTypeOf(data).toEqualTypeOf<Counterpart | undefined>()
  })

  it('requires the fields Monite requires to create one', () => {
    client.raw.POST('/counterparts', {
      body: {
        type: 'organization',
        // @ts-expect-error the organization part needs an address
        organization: { legal_name: 'A', is_customer: true, is_vendor: false },
      },
    })
    client.raw.POST('/counterparts', {
      body: {
        type: 'individual',
        // @ts-expect-error `type` must match the part sent
        organization: {
          legal_name: 'A',
          is_customer: true,
          is_vendor: false,
          address: { city: 'Berlin', country: 'DE', line1: 'x', postal_code: '1' },
        },
      },
    })
    client.raw.POST('/counterparts', {
      body: {
        type: 'organization',
        organization: {
          legal_name: 'A',
          is_customer: true,
          is_vendor: false,
          // @ts-expect-error not a country code Monite accepts
          address: { city: 'Berlin', country: 'XX', line1: 'x', postal_code: '1' },
        },
      },
    })
  })

  it('deletes with no data', async () => {
    const { data } = await client.raw.DELETE('/counterparts/{counterpart_id}', {
      params: { path: { counterpart_id: id } },
    })
    expectTypeOf(data).toEqualTypeOf<undefined>()
  })
})
