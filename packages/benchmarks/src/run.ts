// `pnpm bench`: runs every suite in one process, prints one table and writes BENCHMARKS.md at the
// repository root. Every figure is a ratio against a baseline measured in the same run. Bounded:
// about a minute and a half on 2 cores, plus about 50 s for the token-store suite (4 processes and a
// redis-server), about 10 s for the document engine's proof counts (the fixtures' tests in a
// child process) and about a minute for the example app (a vite build, 21 loads in Chromium).
import { writeFile } from 'node:fs/promises'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { fmtMs, now } from './measure'
import { isBuilt, repoRoot } from './paths'
import { benchmarksMarkdown, type Row, type Skipped, textTable, toolsLine } from './report'
import { bundleBenchmarks } from './suites/bundle'

const rows: Row[] = []
const skipped: Skipped[] = []
const timings: string[] = []

// `pnpm --filter @monite-kit/benchmarks bench --only=token-store` runs only the named suites
// (requests, bundle, typegen, generic-types, token-store, fixtures, fake-engine, document-engine,
// engine-vs-hand-written, document-proof, example) and prints their table without writing
// BENCHMARKS.md, which always holds one full run.
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')

async function suite(
  key: string,
  name: string,
  run: () => Promise<Row[] | { rows: Row[]; skipped: Skipped[] }>,
) {
  if (only && !only.includes(key)) return
  const start = now()
  process.stdout.write(`• ${name} … `)
  try {
    const result = await run()
    if (Array.isArray(result)) rows.push(...result)
    else {
      rows.push(...result.rows)
      skipped.push(...result.skipped)
    }
    const ms = now() - start
    timings.push(`${name}: ${fmtMs(ms)}`)
    process.stdout.write(`${fmtMs(ms)}\n`)
  } catch (error) {
    process.stdout.write('failed\n')
    throw error
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')
const loadBefore = load()
const started = now()
if (!isBuilt('client')) {
  throw new Error(
    '@monite-kit/client has no dist/: run `pnpm bench` from the root (turbo builds it)',
  )
}
await suite('requests', 'request overhead and token single-flight', async () =>
  (await import('./suites/requests')).requestBenchmarks(),
)
await suite('token-store', 'token store across processes', async () =>
  (await import('./suites/tokenStore')).tokenStoreBenchmarks(),
)
await suite('bundle', 'bundle size', bundleBenchmarks)
await suite('typegen', 'type generation and type-check', async () =>
  (await import('./suites/typegen')).typegenBenchmarks(),
)
await suite('generic-types', 'generic hooks type-check, kit vs openapi-react-query', async () =>
  (await import('./suites/genericTypes')).genericTypesBenchmarks(),
)
if (isBuilt('fixtures')) {
  await suite('fixtures', 'fixtures and fake API', async () =>
    (await import('./suites/fixtures')).fixturesBenchmarks(),
  )
  await suite('fake-engine', 'fake engine on entity users', async () =>
    (await import('./suites/fakeEngine')).fakeEngineBenchmarks(),
  )
  await suite('document-engine', 'fake document engine (start-up, counterparts)', async () =>
    (await import('./suites/documentEngine')).documentEngineBenchmarks(),
  )
  await suite(
    'engine-vs-hand-written',
    'entity users: generic engine vs hand-written module',
    async () => (await import('./suites/engineVsHandWritten')).engineVsHandWrittenBenchmarks(),
  )
  await suite('document-proof', "document engine's proof counts (fixtures' tests)", async () =>
    (await import('./suites/documentProof')).documentProofBenchmarks(),
  )
} else if (
  !only ||
  only.includes('fixtures') ||
  only.includes('fake-engine') ||
  only.includes('document-engine') ||
  only.includes('engine-vs-hand-written') ||
  only.includes('document-proof')
) {
  skipped.push({
    group: 'Fixtures and fake API',
    reason: '@monite-kit/fixtures has no dist/ (not built yet); its figures are skipped.',
  })
}
if (isBuilt('fixtures') && isBuilt('react')) {
  await suite('example', 'example app in fake mode', async () =>
    (await import('./suites/example')).exampleBenchmarks(),
  )
} else if (!only || only.includes('example')) {
  skipped.push({
    group: 'Example app, fake mode (vite build, Chromium)',
    reason: 'the packages have no dist/ (not built yet); the example app cannot be built.',
  })
}
const total = now() - started

const goals = rows.filter((r) => r.met !== undefined)
const missed = goals.filter((r) => !r.met)
console.log(`\n${textTable(rows)}\n`)
for (const s of skipped) console.log(`skipped (${s.group}): ${s.reason}`)
console.log(
  `goals met: ${goals.length - missed.length}/${goals.length}; total ${fmtMs(total)} (${timings.join(', ')}); load average ${loadBefore} before, ${load()} after`,
)

if (only) {
  console.log(`--only=${only.join(',')}: BENCHMARKS.md left as it is (it holds a full run)`)
  process.exit(0)
}

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`
const markdown = benchmarksMarkdown({
  facts: [
    `Date: ${new Date().toISOString()}`,
    `Machine: ${cpu}, ${cpus().length} cores, ${gb(totalmem())} memory (${gb(freemem())} free at the end)`,
    `Node ${process.version} (${process.platform}-${process.arch})`,
    toolsLine(),
    `Load average (1, 5, 15 min): ${loadBefore} before, ${load()} after. Above ~0.5 before, other
  processes shared the cores and the timings are noisier; ratios, measured interleaved, suffer less.`,
    `Total time: ${fmtMs(total)} (${timings.join('; ')})`,
    `Goals met: ${goals.length - missed.length} of ${goals.length}${
      missed.length ? `; not met: ${missed.map((r) => `${r.group}: ${r.name}`).join('; ')}` : ''
    }`,
  ],
  rows,
  skipped,
})
await writeFile(resolve(repoRoot, 'BENCHMARKS.md'), markdown)
console.log(`wrote ${resolve(repoRoot, 'BENCHMARKS.md')}`)
