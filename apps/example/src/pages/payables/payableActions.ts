import type { components } from '@monite-kit/client'
import type { MoniteAction } from '@monite-kit/react'
import type { ButtonVariant } from '../../ui'

export type Payable = components['schemas']['PayableResponseSchema']
export type PayableStatus = Payable['status']

/** Monite's payable statuses, in the order a payable moves through them. */
export const PAYABLE_STATUSES = [
  'draft',
  'new',
  'approve_in_progress',
  'waiting_to_be_paid',
  'partially_paid',
  'paid',
  'canceled',
  'rejected',
] as const satisfies readonly PayableStatus[]

export const STATUS_LABELS: Record<PayableStatus, string> = {
  draft: 'Draft',
  new: 'New',
  approve_in_progress: 'In approval',
  waiting_to_be_paid: 'To be paid',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  canceled: 'Canceled',
  rejected: 'Rejected',
}

/**
 * A step of Monite's payable workflow: the operation, the role permission it needs and the
 * statuses it may start from (Monite answers 409 from any other). `reject` is decided by
 * approvers, so it needs `approve` (the role model has no `reject` action).
 */
export interface PayableStep {
  path:
    | '/payables/{payable_id}/submit_for_approval'
    | '/payables/{payable_id}/approve_payment_operation'
    | '/payables/{payable_id}/reject'
    | '/payables/{payable_id}/cancel'
    | '/payables/{payable_id}/mark_as_paid'
  label: string
  done: string
  permission: MoniteAction<'payable'>
  from: readonly PayableStatus[]
  variant: ButtonVariant
}

export const PAYABLE_STEPS: readonly PayableStep[] = [
  {
    path: '/payables/{payable_id}/submit_for_approval',
    label: 'Submit',
    done: 'Submitted for approval',
    permission: 'submit',
    from: ['new'],
    variant: 'secondary',
  },
  {
    path: '/payables/{payable_id}/approve_payment_operation',
    label: 'Approve',
    done: 'Approved for payment',
    permission: 'approve',
    from: ['approve_in_progress'],
    variant: 'secondary',
  },
  {
    path: '/payables/{payable_id}/reject',
    label: 'Reject',
    done: 'Rejected',
    permission: 'approve',
    from: ['approve_in_progress'],
    variant: 'danger',
  },
  {
    path: '/payables/{payable_id}/mark_as_paid',
    label: 'Mark as paid',
    done: 'Marked as paid',
    permission: 'pay',
    from: ['waiting_to_be_paid', 'partially_paid'],
    variant: 'secondary',
  },
  {
    path: '/payables/{payable_id}/cancel',
    label: 'Cancel',
    done: 'Canceled',
    permission: 'cancel',
    from: ['draft', 'new'],
    variant: 'ghost',
  },
]

/** The steps a payable in `status` may take next (before the role is asked). */
export const stepsFrom = (status: PayableStatus) =>
  PAYABLE_STEPS.filter((step) => step.from.includes(status))

/** "€1,234.50" from minor units and an ISO currency; "—" without an amount. */
export function formatAmount(minor: number | undefined, currency: string | undefined): string {
  if (minor === undefined || !currency) return '—'
  const format = new Intl.NumberFormat('en', { style: 'currency', currency })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}

/** What the table calls a payable: its document number, else the start of its id. */
export const payableName = (p: Pick<Payable, 'document_id' | 'id'>) =>
  p.document_id ? p.document_id : `Payable ${p.id.slice(0, 8)}`
