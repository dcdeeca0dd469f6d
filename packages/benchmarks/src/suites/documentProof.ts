// The document engine's proof counts over Monite's full document (issue #16), as the fixtures'
// own tests compute them: test/document/requests.test.ts (seeded random requests to every
// operation: no crash, no 5xx, every answer valid by ajv against the document) and
// test/document/crud.test.ts (create → get → list → update → delete → 404 over every creatable
// collection). The bench runs those two files with the fixtures' vitest in a child process
// (about 10 s) and reads the counts they print and whether they passed; nothing is re-implemented.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { hasUpstreamSpec, packageDir, upstreamSpecPath } from '../paths'
import type { Row, Skipped } from '../report'

const FILES = ['test/document/requests.test.ts', 'test/document/crud.test.ts'] as const
const REQUESTS =
  /\[document engine\] Monite: (\d+) operations, (\d+) random requests; statuses (\{[^}]*\})/
const CRUD =
  /\[document engine\] (\d+) creatable collections; (\d+) round trips held \(get (\d+), list (\d+), update (\d+) \(its values read back in (\d+)\), delete (\d+), 404 after delete (\d+)\)/
const REQUESTS_GOAL = 'every operation: no crash, no 5xx, every answer valid against the document'
const CRUD_GOAL = 'every collection round trips, each answer valid against the document'

interface VitestJson {
  testResults: { name: string; status: string }[]
}

/** Runs the two test files; their printed output and which files passed. */
async function runTests(): Promise<{ stdout: string; passed: (file: string) => boolean }> {
  const cwd = packageDir('fixtures')
  const dir = await mkdtemp(join(tmpdir(), 'monite-kit-proof-'))
  const report = join(dir, 'vitest.json')
  try {
    const run = await promisify(execFile)(
      process.execPath,
      [
        resolve(cwd, 'node_modules/vitest/vitest.mjs'),
        'run',
        ...FILES,
        '--typecheck.enabled=false',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      {
        cwd,
        env: { ...process.env, MONITE_OPENAPI_PATH: upstreamSpecPath, NO_COLOR: '1' },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 300_000,
      },
      // A failing test exits non-zero: its output and the JSON report still say what failed.
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }))
    const results = (await readFile(report, 'utf8')
      .then((text) => JSON.parse(text) as VitestJson)
      .catch(() => ({ testResults: [] }))) as VitestJson
    return {
      stdout: run.stdout,
      passed: (file) =>
        results.testResults.some((r) => r.name.endsWith(file) && r.status === 'passed'),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function documentProofBenchmarks(): Promise<{ rows: Row[]; skipped: Skipped[] }> {
  const group = "Document engine over Monite's full document: proof counts (fixtures' tests)"
  if (!hasUpstreamSpec) {
    const reason = `Monite's published document is not at ${upstreamSpecPath} (set MONITE_OPENAPI_PATH)`
    return { rows: [], skipped: [{ group, reason }] }
  }
  const { stdout, passed } = await runTests()
  const row = (name: string, value: string, goal: string, met: boolean): Row => ({
    group,
    name,
    value,
    ratio: null,
    goal,
    met,
  })
  const rows: Row[] = []
  const requests = REQUESTS.exec(stdout)
  if (requests) {
    const [, operations, sent, statuses] = requests
    rows.push(
      row(
        `operations answered by seeded random requests (${sent} requests; statuses ${statuses?.replace(/"/g, '').replace(/,/g, ', ')})`,
        `${operations} operations`,
        REQUESTS_GOAL,
        passed(FILES[0]),
      ),
    )
  } else {
    // A test that failed before printing its counts is a goal not met, not a missing row.
    rows.push(
      row('operations answered by seeded random requests', 'not counted', REQUESTS_GOAL, false),
    )
  }
  const crud = CRUD.exec(stdout)
  if (crud) {
    const [, collections, held, get, list, update, shown, del, gone] = crud
    rows.push(
      row(
        `CRUD round trips over the creatable collections (besides the hand-written entity users and roles): get ${get}, list ${list}, update ${update} (values read back ${shown}), delete ${del}, 404 after delete ${gone}`,
        `${held} of ${collections} held`,
        CRUD_GOAL,
        passed(FILES[1]) && held === collections,
      ),
    )
  } else {
    rows.push(
      row('CRUD round trips over the creatable collections', 'not counted', CRUD_GOAL, false),
    )
  }
  return { rows, skipped: [] }
}
