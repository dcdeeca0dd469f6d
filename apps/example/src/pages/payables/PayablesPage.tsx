import { useMemo } from 'react'
import { ErrorAlert } from '../../app/ErrorAlert'
import { ListFooter } from '../../app/ListFooter'
import { PageHeader } from '../../app/PageHeader'
import { useReadAccess } from '../../app/useReadAccess'
import { useSearchParams } from '../../lib/router'
import { monite } from '../../monite/hooks'
import { Alert, Button, EmptyState, SelectField } from '../../ui'
import { PayablesTable, PayablesTableSkeleton } from './PayablesTable'
import { PAYABLE_STATUSES, type PayableStatus, STATUS_LABELS } from './payableActions'
import { useVendorNames } from './useVendorNames'

export const PAYABLES_PAGE_SIZE = 10

const isStatus = (value: string): value is PayableStatus =>
  (PAYABLE_STATUSES as readonly string[]).includes(value)

/**
 * The entity's payables through the generic hooks (`monite.useInfiniteQuery('get',
 * '/payables')`: Monite's cursors, keys under `/payables`), with the workflow steps the acting
 * user's role allows on each row. The status filter lives in the address bar; a status Monite
 * does not know is never sent.
 */
export function PayablesPage() {
  const access = useReadAccess('payable')
  const [params, setParams] = useSearchParams()
  const raw = params.get('status') ?? ''
  const status = isStatus(raw) ? raw : ''
  const payables = monite.useInfiniteQuery(
    'get',
    '/payables',
    {
      params: {
        query: {
          limit: PAYABLES_PAGE_SIZE,
          sort: 'created_at',
          order: 'desc',
          ...(status ? { status } : {}),
        },
      },
    },
    { enabled: access === 'allowed' || access === 'own', retryOnMount: false },
  )
  const rows = useMemo(
    () => payables.data?.pages.flatMap((page) => page.data) ?? [],
    [payables.data],
  )
  const vendors = useVendorNames(rows)

  return (
    <>
      <PageHeader
        title="Payables"
        description="Bills to pay. Each row offers the steps its status and your role allow."
      />
      <section className="ui-card" aria-label="Payables">
        <form className="app-filters" aria-label="Filter payables">
          <SelectField
            label="Status"
            name="status"
            value={status}
            onChange={(event) => setParams({ status: event.target.value })}
          >
            <option value="">Any status</option>
            {PAYABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
        </form>
        {raw && !status ? (
          <div className="ui-card__body">
            <Alert tone="info" title="Filter not applied">
              <code>{raw}</code> is not a payable status, so the list shows every status.{' '}
              <Button size="sm" variant="ghost" onClick={() => setParams({ status: null })}>
                Remove it
              </Button>
            </Alert>
          </div>
        ) : null}

        {access === 'denied' ? (
          <div className="ui-card__body">
            <Alert tone="info" title="Your role may not list payables">
              Monite would answer 403, so this page does not ask.
            </Alert>
          </div>
        ) : payables.isError ? (
          <div className="ui-card__body">
            <ErrorAlert
              error={payables.error}
              action="Loading payables"
              onRetry={() => payables.refetch()}
            />
          </div>
        ) : payables.isPending ? (
          <PayablesTableSkeleton />
        ) : rows.length === 0 ? (
          <EmptyState
            title={status ? 'No payables with this status' : 'No payables yet'}
            action={
              status ? (
                <Button onClick={() => setParams({ status: null })}>Any status</Button>
              ) : null
            }
          >
            {status ? 'Try another status.' : 'Payables appear here once bills are uploaded.'}
          </EmptyState>
        ) : (
          <PayablesTable rows={rows} vendors={vendors} busy={payables.isFetching} />
        )}

        {rows.length > 0 ? (
          <ListFooter query={payables}>
            <span role="status" data-testid="payables-count">
              Showing {rows.length} payable{rows.length === 1 ? '' : 's'}
              {payables.hasNextPage ? ' · more available' : ''}
            </span>
          </ListFooter>
        ) : null}
      </section>
    </>
  )
}
