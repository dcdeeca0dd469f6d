import type { components, MoniteClient } from '@monite-kit/client'

type Upload = components['schemas']['PayableUploadWithDataSchema']
type NewCounterpart = components['schemas']['CounterpartOrganizationRootCreatePayload']
type Step = 'submit_for_approval' | 'approve_payment_operation' | 'reject' | 'mark_as_paid'

/** The vendors the demo's bills come from. */
export const DEMO_VENDORS: readonly NewCounterpart[] = [
  ['Northwind Traders', 'Berlin', 'DE', '10115', 'Torstraße 1'],
  ['Contoso Office Supply', 'London', 'GB', 'EC1A 1BB', '1 Finsbury Square'],
  ['Fabrikam Logistics', 'Rotterdam', 'NL', '3011 AA', 'Coolsingel 40'],
].map(([legal_name, city, country, postal_code, line1]) => ({
  type: 'organization' as const,
  organization: {
    legal_name: legal_name!,
    is_vendor: true,
    is_customer: false,
    address: {
      city: city!,
      country: country as NewCounterpart['organization']['address']['country'],
      postal_code: postal_code!,
      line1: line1!,
    },
  },
}))

/** A bill of the demo (from `DEMO_VENDORS[vendor]`) and the workflow steps it went through. */
interface DemoPayable {
  bill: Upload
  vendor: number
  steps: readonly Step[]
}

const bill = (n: number, total: number, currency: Upload['currency'], due?: string): Upload => ({
  document_id: `INV-2024-${String(n).padStart(3, '0')}`,
  currency,
  total_amount: total,
  ...(due ? { due_date: due } : {}),
})

/** Ten bills across every status the workflow reaches (a bill without a due date stays draft). */
export const DEMO_PAYABLES: readonly DemoPayable[] = [
  { bill: bill(101, 129_900, 'EUR'), vendor: 0, steps: [] },
  { bill: bill(102, 45_000, 'EUR', '2024-07-01'), vendor: 1, steps: [] },
  { bill: bill(103, 8_250, 'USD', '2024-07-05'), vendor: 2, steps: [] },
  { bill: bill(104, 310_000, 'EUR', '2024-07-10'), vendor: 0, steps: ['submit_for_approval'] },
  { bill: bill(105, 19_990, 'GBP', '2024-07-12'), vendor: 1, steps: ['submit_for_approval'] },
  { bill: bill(106, 72_400, 'EUR', '2024-07-15'), vendor: 2, steps: ['submit_for_approval'] },
  {
    bill: bill(107, 5_600, 'EUR', '2024-06-28'),
    vendor: 0,
    steps: ['submit_for_approval', 'approve_payment_operation'],
  },
  {
    bill: bill(108, 240_000, 'USD', '2024-06-30'),
    vendor: 1,
    steps: ['submit_for_approval', 'approve_payment_operation'],
  },
  {
    bill: bill(109, 12_000, 'EUR', '2024-06-20'),
    vendor: 2,
    steps: ['submit_for_approval', 'approve_payment_operation', 'mark_as_paid'],
  },
  {
    bill: bill(110, 99_000, 'EUR', '2024-06-25'),
    vendor: 0,
    steps: ['submit_for_approval', 'reject'],
  },
]

/**
 * Fills the fake with the demo's vendors and payables through its API, as the partner (so
 * nobody owns them): payables created one after another (the list shows the newest first), then each walked through
 * its steps. Run after the fake starts and after every reset.
 */
export async function seedDemoPayables(client: MoniteClient): Promise<void> {
  const vendors = await Promise.all(
    DEMO_VENDORS.map(async (body) => {
      const { data } = await client.raw.POST('/counterparts', { body })
      if (!data) throw new Error(`The fake did not create ${body.organization.legal_name}`)
      return data.id
    }),
  )
  const created: string[] = []
  for (const { bill, vendor } of DEMO_PAYABLES) {
    const body = { ...bill, counterpart_id: vendors[vendor]! }
    const { data } = await client.raw.POST('/payables', { body })
    if (!data) throw new Error(`The fake did not create payable ${bill.document_id}`)
    created.push(data.id)
  }
  await Promise.all(
    DEMO_PAYABLES.map(async ({ bill, steps }, i) => {
      const params = { path: { payable_id: created[i]! } }
      for (const step of steps) {
        const { error } = await client.raw.POST(`/payables/{payable_id}/${step}`, { params })
        if (error) throw new Error(`The fake refused ${step} on ${bill.document_id}`)
      }
    }),
  )
}
