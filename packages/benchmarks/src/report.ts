// Result rows, the printed table, and BENCHMARKS.md: its tables and its prose.
import { comparedTools, instruments, toolList } from './versions'

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

/** The "Tools measured" fact: the versions installed in packages/benchmarks when the bench ran. */
export const toolsLine = (): string =>
  `Tools measured: ${toolList(comparedTools)}; measured with ${toolList(instruments)} (as installed in packages/benchmarks)`

/**
 * What the compared tools do and lack besides the figures, as checked in their sources and in
 * what they generate from the project's document.
 */
export const comparisonMarkdown = (): string => `## What the compared tools do and lack

The bench runs on Node 20, so it pins releases that support it (orval 7.14 and later, hey-api 0.96
and later, and kubb 5 need Node 22). Checked in their sources and in what the measured versions
generate:

- **Error bodies are typed by all of them**: openapi-react-query (through openapi-fetch) and
  hey-api as the union of the operation's declared error bodies, orval's fetch client as
  \`{ status, data }\` per declared status, kubb per status as its hooks' error type.
- **None has an error class with Monite's details**: an error that carries the HTTP status with
  Monite's message, the \`x-request-id\` and the typed 422 \`detail\`, and a guard to narrow it.
  openapi-react-query and hey-api throw the parsed body; orval's fetch client returns error answers
  as values (with \`forceSuccessResponse\`, it throws a plain \`Error\` with \`status\` and the body
  as \`info\`); kubb's fetch client returns the body as the data.
- **None updates the cache after a mutation on its own**: no optimistic update with rollback, no
  mutation answer written into the cached queries. orval 8 can invalidate or reset queries after a
  mutation (\`mutationInvalidates\`), and orval 8.7 and hey-api 0.97 generate typed
  \`setQueryData\` helpers for you to call; kubb's hooks take callbacks from a hook-options file
  you write; openapi-react-query leaves the cache to you.
- **None manages tokens or retries**: their clients send the token you give them (hey-api can ask
  a callback for it on each request); none caches it until it expires, shares one token request
  among concurrent calls, or refreshes and replays after a 401, and none retries a request
  (TanStack Query's own \`retry\` applies to their hooks, without \`Retry-After\`).
`

/** How each figure is measured. */
export const methodMarkdown = (): string => `## How each figure is measured

- **Request overhead**: a node:http server in a worker thread on 127.0.0.1 (ephemeral port,
  started and stopped by the bench) answers \`GET /v1/entity_users/{id}\` with a fixed entity user.
  Each contender makes 10,000 sequential GETs, in 40 rounds of 250 whose order rotates, after
  1,000 warm-up calls each; the figure is the median round, the ratio the median of each round's
  time over raw fetch's in the same round. The kit runs with partner auth (the
  token is fetched once and cached), Monite headers, retries and its error handling on. hey-api,
  orval and kubb run the fetch clients they generate from the project's document at bench time
  (the versions listed above), configured as their docs show, with the same token and headers;
  none of them fetches or refreshes tokens or retries.
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
  two hooks. They are smaller because they do less (see above): no token caching or refresh, no
  retries, no error class, no cache updates after mutations, no permission hooks.
  The fake rows (#16) bundle the fixtures' fake with the example's demo world (6 roles, 24
  users) built ahead of time in node and inlined as JSON, msw included (not external), against
  what the example shipped before: the world built by faker in the browser, in MSW's worker.
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
  The demo world (6 roles, 24 users) built with faker, and a fake started over it as JSON
  (\`JSON.parse\` + \`createFakeMoniteCore\`), against \`createWorld\` + \`createFakeMonite\` (median of 21).
- **Fake engine**: with 10,000 entity users stored, one \`GET /entity_users/{id}\`, one
  \`GET /entity_users?limit=100\` and one \`POST /entity_users\` through \`fake.fetch\` (routing,
  auth, validation, permissions, store, response; median of 301 each), against a bare handler
  answering a \`Map\` lookup as a JSON \`Response\` (the thinnest hand-written mock).
- **Document engine**: start-up is \`createFakeMonite\` plus its first answered request (median of
  7), over Monite's full document against over the project's spec. With 10,000 counterparts
  created through \`fake.fetch\` (served by the generic engine), one get, one list page of 100 and
  one create (median of 101 each), against the bare handler above.
- **Generic engine vs hand-written module** (#16): entity users with 10,000 stored, served (a) by
  the hand-written entity-users module (\`createFakeMonite\`, as above) and (b) by the generic
  document engine alone over the same document, the project's spec (no hand-written resource;
  the world's roles and users loaded into its store; \`createDocumentOnlyFake\`, an internal
  export of the fixtures kept for this comparison). For each of \`GET /entity_users/{id}\`,
  \`GET /entity_users?limit=100\` and \`POST /entity_users\`: 20 warm-up calls each, then 201
  calls each, alternating (a) and (b) and which goes first; the ratio is (b)'s median over (a)'s.
- **Document engine's proof counts**: the fixtures' own tests over Monite's full document,
  run by the bench with the fixtures' vitest in a child process (about 10 s):
  test/document/requests.test.ts (3 seeded random requests per operation, valid and invalid:
  no crash, no 5xx, every answer valid by ajv against the document's response schema) and
  test/document/crud.test.ts (create, get, list contains, update, get shows, delete, 404, over
  every creatable collection but the hand-written entity users and roles). The counts are what
  the tests print; a goal is met when its test file passed.
- **Example app, fake mode**: apps/example's own \`vite build\` (its Vite config builds the demo
  world ahead of time) into a temporary folder: the fake-mode chunk and the main chunk, minified
  as Vite writes them, gzip (level 9) and brotli (node:zlib defaults). Then Chromium (headless,
  the e2e tests' flags) opens \`/users\` from a static server over that build (no \`/api\`, so fake
  mode): 7 fresh profiles (first visits), each visited twice more (repeat visits, HTTP cache
  warm); the figure is the median time from navigation start until the users count shows,
  against DOMContentLoaded of the same loads. About a minute on 2 cores.
`

/** BENCHMARKS.md: the run's facts (one list item each), the results, and the prose above. */
export function benchmarksMarkdown({
  facts,
  rows,
  skipped,
}: {
  facts: string[]
  rows: Row[]
  skipped: Skipped[]
}): string {
  return `# Benchmarks

Written by \`pnpm bench\` (packages/benchmarks); do not edit by hand. Every figure was measured in
one run on one machine, and every ratio is against a baseline measured in the same run.

${facts.map((fact) => `- ${fact}`).join('\n')}

## Results

${markdownTables(rows)}
${
  skipped.length
    ? `\n## Skipped\n\n${skipped.map((s) => `- ${s.group}: ${s.reason}`).join('\n')}\n`
    : ''
}
${comparisonMarkdown()}
${methodMarkdown()}`
}
