import type { ReactNode } from 'react'

/**
 * Placeholder rows while a table loads: `rows` rows of the cells `row` draws (static
 * placeholders, hidden from assistive technology), announced once as `label`.
 */
export function TableSkeleton({
  label,
  row,
  rows = 6,
}: {
  label: string
  row: () => ReactNode
  rows?: number
}) {
  return (
    <div className="ui-table-wrap" aria-busy="true">
      <span className="ui-visually-hidden">{label}</span>
      <table className="ui-table">
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <tr key={i}>{row()}</tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
