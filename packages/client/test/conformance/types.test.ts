// The declared-subset rules, checked once more on the generated TypeScript itself: types are
// generated from Monite's full document, and for every declared-subset operation the compiler
// must accept that
// - every success answer Monite's types allow is assignable to ours (answers are read right),
// - every request body, query and path ours allows is assignable to Monite's (requests are
//   valid).
// A control line that must not compile proves the check can fail.
//
// Monite's types are generated with `defaultNonNullable: false`: to Monite a `default` means a
// request may leave the field out, while openapi-typescript by default types it as always
// present (its reading for answers), which would make `language` and `reminders_enabled`
// required in Monite's counterpart bodies. Ours has no optional field with a default (a test in
// subset.test.ts), so its committed types read the same either way.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repoRoot } from '../upstream'
import { SUBSET_OPS } from './deliberate'
import { hasUpstream, loadUpstream, upstreamSkipReason, warnIfUpstreamMissing } from './documents'

warnIfUpstreamMissing()

const clientDir = resolve(repoRoot, 'packages/client')

const PRELUDE = `import type { paths as Up } from './monite.ts'
import type { paths as Ours } from ${JSON.stringify(resolve(clientDir, 'src/generated/monite.ts'))}

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Success<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 ? Json<R[S]> : never }[keyof R]
  : never
type Body<O> = O extends { requestBody?: infer B } ? Json<NonNullable<B>> : never
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never
type PathParams<O> = O extends { parameters: { path?: infer P } } ? NonNullable<P> : never
type Assert<T extends true> = T
type Fits<A, B> = [A] extends [B] ? true : false
`

/** One line per check, with `op` and `what` for the messages. */
function checks(): { op: string; what: string; code: string }[] {
  const kinds = [
    ['answer', (up: string, ours: string) => `Fits<Success<${up}>, Success<${ours}>>`],
    ['body', (up: string, ours: string) => `Fits<Body<${ours}>, Body<${up}>>`],
    ['query', (up: string, ours: string) => `Fits<Query<${ours}>, Query<${up}>>`],
    ['path', (up: string, ours: string) => `Fits<PathParams<${ours}>, PathParams<${up}>>`],
  ] as const
  return SUBSET_OPS.flatMap((op) => {
    const [method, path] = op.split(' ') as [string, string]
    const at = `[${JSON.stringify(path)}][${JSON.stringify(method.toLowerCase())}]`
    return kinds.map(([what, fits]) => ({ op, what, fits: fits(`Up${at}`, `Ours${at}`) }))
  }).map(({ op, what, fits }, i) => ({
    op,
    what,
    code: `export type Check${i} = Assert<${fits}>`,
  }))
}

/** The file: the prelude, one line per check (from line `firstCheckLine`), the control. */
const firstCheckLine = PRELUDE.split('\n').length + 1

// Must not compile: an answer of Monite's with a status ours does not have.
const CONTROL = `// @ts-expect-error control: a payable whose status is not one of Monite's
export type Control = Assert<Fits<{ status: 'archived' }, Success<Ours['/payables/{payable_id}']['get']>>>`

describe.skipIf(!hasUpstream)('generated types: ours against Monite’s full document', () => {
  let dir: string
  const lines = checks()
  let result: { status: number | null; output: string }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'monite-kit-subset-types-'))
    const ast = await openapiTS(structuredClone(loadUpstream()) as unknown as OpenAPI3, {
      alphabetize: false,
      exportType: false,
      defaultNonNullable: false,
    })
    writeFileSync(join(dir, 'monite.ts'), astToString(ast))
    symlinkSync(resolve(clientDir, 'node_modules'), join(dir, 'node_modules'), 'junction')
    const source = `${PRELUDE}\n${lines.map((l) => l.code).join('\n')}\n\n${CONTROL}\n`
    writeFileSync(join(dir, 'check.ts'), source)
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: resolve(repoRoot, 'tsconfig.base.json'),
        compilerOptions: { noEmit: true, allowImportingTsExtensions: true, types: [] },
        files: ['check.ts'],
      }),
    )
    const tsc = createRequire(import.meta.url).resolve('typescript/lib/tsc.js')
    const child = spawn(process.execPath, [
      tsc,
      '-p',
      join(dir, 'tsconfig.json'),
      '--pretty',
      'false',
    ])
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    const status = await new Promise<number | null>((done) => child.on('close', done))
    result = { status, output }
  }, 120_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('every check compiles, and the control line does not (else TS2578)', () => {
    const failed = [...result.output.matchAll(/check\.ts\((\d+),\d+\): error (TS\d+: .*)$/gm)].map(
      (m) => {
        const line = Number(m[1])
        const check = lines[line - firstCheckLine]
        return check ? `${check.op} (${check.what}): ${m[2]}` : `line ${line}: ${m[2]}`
      },
    )
    expect(failed).toEqual([])
    expect(result.status, result.output).toBe(0)
  })

  test(`checks ${SUBSET_OPS.length} operations × answer, body, query and path`, () => {
    expect(lines).toHaveLength(SUBSET_OPS.length * 4)
  })
})

if (!hasUpstream) {
  test.skip(`generated-types subset check skipped: ${upstreamSkipReason}`, () => {})
}
