// Result rows, the printed table and the markdown table.

export interface Row {
  /** Section, e.g. 'Request overhead'. */
  group: string
  /** What was measured. */
  name: string
  /** The figure, formatted (e.g. '112.4 µs/req'). */
  value: string
  /** Ratio against the group's baseline measured in the same run, e.g. 1.07 (null: not a ratio). */
  ratio: number | null
  /** The baseline the ratio is against. */
  baseline?: string
  /** The goal, formatted (e.g. '≤ 1.10x'), if any. */
  goal?: string
  /** Whether the goal is met (undefined: no goal). */
  met?: boolean
}

export interface Skipped {
  group: string
  reason: string
}

const ratioText = (ratio: number | null) => (ratio === null ? '' : `${ratio.toFixed(2)}x`)
const metText = (row: Row) => (row.met === undefined ? '' : row.met ? 'yes' : 'NO')

/** A plain-text table for the terminal. */
export function textTable(rows: Row[]): string {
  const header = ['Benchmark', 'Figure', 'Ratio', 'vs', 'Goal', 'Met']
  const body = rows.map((r) => [
    `${r.group}: ${r.name}`,
    r.value,
    ratioText(r.ratio),
    r.baseline ?? '',
    r.goal ?? '',
    metText(r),
  ])
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((line) => line[i]?.length ?? 0)),
  )
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

/** One markdown table per group. */
export function markdownTables(rows: Row[]): string {
  const groups = [...new Set(rows.map((r) => r.group))]
  return groups
    .map((group) => {
      const lines = [
        `### ${group}`,
        '',
        '| Benchmark | Figure | Ratio | Baseline (same run) | Goal | Met |',
        '| --- | ---: | ---: | --- | --- | --- |',
        ...rows
          .filter((r) => r.group === group)
          .map(
            (r) =>
              `| ${cell(r.name)} | ${cell(r.value)} | ${ratioText(r.ratio)} | ${cell(r.baseline ?? '')} | ${cell(r.goal ?? '')} | ${metText(r)} |`,
          ),
      ]
      return lines.join('\n')
    })
    .join('\n\n')
}
