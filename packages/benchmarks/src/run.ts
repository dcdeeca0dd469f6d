// `pnpm bench`: runs every suite in one process, prints one table and writes BENCHMARKS.md at the
// repository root. Every figure is a ratio against a baseline measured in the same run. Bounded:
// about a minute and a half on 2 cores, plus about 50 s for the token-store suite (4 processes and a
// redis-server).
import { writeFile } from 'node:fs/promises'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { fmtMs, now } from './measure'
import { isBuilt, repoRoot } from './paths'
import { markdownTables, type Row, type Skipped, textTable } from './report'
import { bundleBenchmarks } from './suites/bundle'

const rows: Row[] = []
const skipped: Skipped[] = []
const timings: string[] = []

// `pnpm --filter @monite-kit/benchmarks bench --only=token-store` runs only the named suites
// (requests, bundle, typegen, token-store, fixtures) and prints their table without writing
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
if (isBuilt('fixtures')) {
  await suite('fixtures', 'fixtures and fake API', async () =>
    (await import('./suites/fixtures')).fixturesBenchmarks(),
  )
} else if (!only || only.includes('fixtures')) {
  skipped.push({
    group: 'Fixtures and fake API',
    reason: '@monite-kit/fixtures has no dist/ (not built yet); its figures are skipped.',
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
const markdown = `# Benchmarks

Written by \`pnpm bench\` (packages/benchmarks); do not edit by hand. Every figure was measured in
one run on one machine, and every ratio is against a baseline measured in the same run.

- Date: ${new Date().toISOString()}
- Machine: ${cpu}, ${cpus().length} cores, ${gb(totalmem())} memory (${gb(freemem())} free at the end)
- Node ${process.version} (${process.platform}-${process.arch})
- Load average (1, 5, 15 min): ${loadBefore} before, ${load()} after. Above ~0.5 before, other
  processes shared the cores and the timings are noisier; ratios, measured interleaved, suffer less.
- Total time: ${fmtMs(total)} (${timings.join('; ')})
- Goals met: ${goals.length - missed.length} of ${goals.length}${
  missed.length ? `; not met: ${missed.map((r) => `${r.group}: ${r.name}`).join('; ')}` : ''
}

## Results

${markdownTables(rows)}
${
  skipped.length
    ? `\n## Skipped\n\n${skipped.map((s) => `- ${s.group}: ${s.reason}`).join('\n')}\n`
    : ''
}
## How each figure is measured

- **Request overhead**: a node:http server in a worker thread on 127.0.0.1 (ephemeral port,
  started and stopped by the bench) answers \`GET /v1/entity_users/{id}\` with a fixed entity user.
  Each contender makes 10,000 sequential GETs, in 40 rounds of 250 whose order rotates, after
  1,000 warm-up calls each; the figure is the median round, the ratio the median of each round's
  time over raw fetch's in the same round. The kit runs with partner auth (the
  token is fetched once and cached), Monite headers, retries and its error handling on. hey-api,
  orval and kubb run the fetch clients they generate from the project's document at bench time
  (versions pinned in packages/benchmarks), configured as their docs show, with the same token
  and headers; none of them fetches or refreshes tokens or retries.
- **Token single-flight**: 1,000 concurrent \`entityUsers.get\` calls when the cached token has
  expired (issued with \`expires_in: 1\`, then 1 s passes; median of 3), and when the server revokes it (every
  call gets a 401, refreshes and is replayed). Token requests are counted by the server, which
  answers \`/auth/token\` after 5 ms. Baseline: the same 1,000 calls with a valid cached token,
  after the same idle second, in alternating order; "added" is the median per-run difference
  (at 1,000 concurrent calls on 2 shared cores, run-to-run noise is tens of ms).
- **Token store across processes**: 4 Node processes (child_process.fork) each hold two
  clients with partner auth on the request benchmarks' server (token endpoint answering in 5 ms):
  one with the default in-memory token cache, one with \`@monite-kit/token-store-redis\` on a
  redis-server the bench starts (free loopback port, no persistence; skipped where redis-server
  is absent). Every process's token is issued with \`expires_in: 1\`, then 1.1 s passes; all 4
  processes then make 250 concurrent \`entityUsers.get\` calls at once. Token requests are
  counted by the server; "added per call" is the median call latency of that batch minus the
  median of the same batch with the token cached, right after (median of 3 runs, alternating
  which store goes first). The single-call rows (one process): 25 times, a call right after
  \`clearToken()\`, then 20 sequential calls with the token cached, alternating the stores.
- **Bundle size**: esbuild (bundle, minify, tree-shake, ESM, browser, es2022) of an entry module,
  gzipped with node:zlib at level 9; 1 kB = 1,000 bytes. React, react-dom and
  @tanstack/react-query are external everywhere. The 4 kB client goal is for the kit's own code
  (openapi-fetch external); openapi-fetch is reported and budgeted on its own line. \`pnpm test\`
  enforces the limits in packages/benchmarks/src/limits.ts. hey-api's, orval's and kubb's
  figures are their generated clients and TanStack Query hooks for the project's 16 operations
  (with the fetch client runtime they generate beside them), one list call, and the React app's
  two hooks. They are smaller because they do less: no token fetching, caching or refresh, no
  retries, no typed errors, no pagination helpers, no cache updates after mutations, no
  permission hooks.
- **Type generation**: the client's generator (openapi-typescript 7 plus the operation table)
  over the project's document and over Monite's published document, in process, after a warm-up;
  hey-api, orval and kubb over both documents too, in process, after a warm-up run of each.
- **Type-check**: \`tsc --noEmit\` (TypeScript from the workspace, skipLibCheck, strict) of one file
  that calls five operations through \`createMoniteClient<paths>()\` with each type set, in a child
  process; peak RSS from \`/usr/bin/time -v\`, heap from \`--extendedDiagnostics\`. The same five
  calls through bare openapi-fetch and through each generated client (hey-api's SDK, orval's and
  kubb's fetch clients, imported from their entry files) over the same document. Baseline: tsc
  on an empty file with the same tsconfig. Ratios and the goal use CPU time (user + system), as
  wall time on a shared machine also counts waiting for a core.
- **Fixtures and fake API**: \`createWorld\` with 10,000 users and \`createFakeMonite\` over it
  (median of 3), and list calls through the client against the fake (\`fetch: fake.fetch\`,
  median of 21), against building 10,000 plain user objects (median of 101).
`
await writeFile(resolve(repoRoot, 'BENCHMARKS.md'), markdown)
console.log(`wrote ${resolve(repoRoot, 'BENCHMARKS.md')}`)
