import { Badge, ScrollRegion, Skeleton, TableSkeleton } from '../../ui'
import { PayableStepButton } from './PayableStepButton'
import {
  formatAmount,
  type Payable,
  type PayableStatus,
  payableName,
  STATUS_LABELS,
  stepsFrom,
} from './payableActions'

const TONES: Partial<Record<PayableStatus, 'green' | 'red' | 'amber' | 'brand'>> = {
  new: 'brand',
  approve_in_progress: 'amber',
  waiting_to_be_paid: 'amber',
  partially_paid: 'amber',
  paid: 'green',
  canceled: 'red',
  rejected: 'red',
}

/**
 * The payables as a table: document, vendor (when the viewer may read counterparts), amount,
 * due date, status, and the steps allowed now.
 */
export function PayablesTable({
  rows,
  vendors,
  busy,
}: {
  rows: Payable[]
  vendors: ReadonlyMap<string, string> | null
  busy: boolean
}) {
  return (
    <ScrollRegion label="Payables table">
      <table className="ui-table" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col">Document</th>
            {vendors ? <th scope="col">Vendor</th> : null}
            <th scope="col">Amount</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="ui-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((payable) => (
            <tr key={payable.id} data-testid="payable-row">
              <td>{payableName(payable)}</td>
              {vendors ? (
                <td className="ui-cell-muted">
                  {(payable.counterpart_id && vendors.get(payable.counterpart_id)) ?? '—'}
                </td>
              ) : null}
              <td>{formatAmount(payable.total_amount, payable.currency)}</td>
              <td className="ui-cell-muted">{payable.due_date ?? '—'}</td>
              <td>
                <Badge tone={TONES[payable.status]} dot>
                  {STATUS_LABELS[payable.status]}
                </Badge>
              </td>
              <td className="ui-cell-actions">
                {stepsFrom(payable.status).map((step) => (
                  <PayableStepButton key={step.path} payable={payable} step={step} />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

export function PayablesTableSkeleton() {
  return (
    <TableSkeleton
      label="Loading payables…"
      row={() => (
        <>
          <td>
            <Skeleton width={110} />
          </td>
          <td>
            <Skeleton width={80} />
          </td>
          <td>
            <Skeleton width={80} />
          </td>
          <td>
            <Skeleton width={70} />
          </td>
          <td />
        </>
      )}
    />
  )
}
