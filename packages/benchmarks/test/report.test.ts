// BENCHMARKS.md is written by `pnpm bench`; its prose comes from src/report.ts. These checks keep
// the committed file and the root README in step with the generator and with the versions
// installed here, so a prose change or a version bump without a new bench run fails.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../src/paths'
import {
  benchmarksMarkdown,
  comparisonMarkdown,
  methodMarkdown,
  type Row,
  type Skipped,
  toolsLine,
} from '../src/report'
import { comparedTools, installedVersion, instruments } from '../src/versions'

const read = (name: string) => readFileSync(join(repoRoot, name), 'utf8')

/** The text under `## <heading>`, up to the next `## ` heading, on one line. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`no "## ${heading}" section`)
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ')
}

/** The run's facts, rows and skipped suites, read back from a BENCHMARKS.md. */
function parse(markdown: string): { facts: string[]; rows: Row[]; skipped: Skipped[] } {
  const lines = markdown.split('\n')
  const results = lines.indexOf('## Results')
  const facts: string[] = []
  for (const line of lines.slice(0, results)) {
    if (line.startsWith('- ')) facts.push(line.slice(2))
    else if (line.startsWith('  ') && facts.length) facts.push(`${facts.pop()}\n${line}`)
  }
  const rows: Row[] = []
  const skipped: Skipped[] = []
  let group = ''
  let section = ''
  for (const line of lines.slice(results)) {
    if (line.startsWith('## ')) section = line.slice(3)
    if (line.startsWith('### ')) group = line.slice(4)
    if (section === 'Skipped' && line.startsWith('- ')) {
      const [name, ...reason] = line.slice(2).split(': ')
      skipped.push({ group: name ?? '', reason: reason.join(': ') })
    }
    if (section !== 'Results' || !line.startsWith('| ') || /^\| (Benchmark|---) \|/.test(line))
      continue
    const cells = line
      .slice(2, -2)
      .split(/ \| /)
      .map((cell) => cell.replace(/\\\|/g, '|'))
    const [name = '', value = '', ratio = '', baseline = '', goal = '', met = ''] = cells
    const row: Row = { group, name, value, ratio: ratio ? Number(ratio.slice(0, -1)) : null }
    if (baseline) row.baseline = baseline
    if (goal) row.goal = goal
    if (met) row.met = met === 'yes'
    rows.push(row)
  }
  return { facts, rows, skipped }
}

describe('BENCHMARKS.md', () => {
  const benchmarks = read('BENCHMARKS.md')

  it('is what src/report.ts writes for its own facts and figures', () => {
    const run = parse(benchmarks)
    expect(run.rows.length).toBeGreaterThan(40)
    expect(benchmarksMarkdown(run)).toBe(benchmarks)
  })

  it('has the prose src/report.ts writes', () => {
    expect(benchmarks).toContain(comparisonMarkdown())
    expect(benchmarks).toContain(methodMarkdown())
  })

  it('names the tool versions installed here (after a bump, run `pnpm bench`)', () => {
    const line = `- ${toolsLine()}`
    expect(line).toMatch(/hey-api \d+\.\d+\.\d+/)
    for (const tool of [...comparedTools, ...instruments]) {
      expect(line).toContain(`${tool.label} ${installedVersion(tool.pkg)}`)
    }
    expect(benchmarks.split('\n')).toContain(line)
  })
})

describe('README "How it compares"', () => {
  const text = section(read('README.md'), 'How it compares')

  it('names each compared tool at the version installed here', () => {
    for (const tool of comparedTools) {
      expect(text).toContain(`${tool.label} ${installedVersion(tool.pkg)}`)
    }
  })
})
