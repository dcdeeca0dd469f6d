// The type generator (scripts/generate.mjs):
// - the committed src/generated/ files are what the generator produces now from openapi/monite.yaml;
// - it also handles Monite's full published document, and a consumer of createMoniteClient typed
//   with those types compiles (without passing the headers the client manages).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  hasUpstream,
  loadUpstream,
  repoRoot,
  upstreamPath,
  upstreamSkipReason,
  warnIfUpstreamMissing,
} from './upstream'

warnIfUpstreamMissing()

const clientDir = resolve(repoRoot, 'packages/client')
const generatorPath = resolve(clientDir, 'scripts/generate.mjs')

interface GeneratorModule {
  generate(options?: { input?: string }): Promise<{ types: string; operations: string }>
  defaultInput: string
  defaultOutDir: string
}

// A computed specifier: the script is plain JavaScript without type declarations.
const loadGenerator = async () =>
  (await import(/* @vite-ignore */ pathToFileURL(generatorPath).href)) as GeneratorModule

/** Where two texts first differ, for a short failure message. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n')
  const b = expected.split('\n')
  const i = a.findIndex((line, n) => line !== b[n])
  const line = i === -1 ? Math.min(a.length, b.length) : i
  return `first difference at line ${line + 1}: committed ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])}`
}

describe('committed generated files', () => {
  test.each(['monite.ts', 'operations.ts'] as const)(
    'src/generated/%s is what generate() produces from openapi/monite.yaml',
    async (file) => {
      const { generate, defaultInput, defaultOutDir } = await loadGenerator()
      expect(defaultInput).toBe(resolve(repoRoot, 'openapi/monite.yaml'))
      expect(defaultOutDir).toBe(resolve(clientDir, 'src/generated'))
      const generated = await generate()
      const expected = file === 'monite.ts' ? generated.types : generated.operations
      const committed = readFileSync(resolve(defaultOutDir, file), 'utf8')
      if (committed !== expected) {
        expect.fail(
          `src/generated/${file} is stale: run pnpm generate (in packages/client) and commit ` +
            `the result; ${firstDifference(committed, expected)}`,
        )
      }
    },
  )
})

describe('entityScope table', () => {
  /** A two-operation document; `postScoped` says whether POST /things needs the header. */
  const documentWith = (postScoped: boolean) => {
    const header = {
      name: 'x-monite-entity-id',
      in: 'header',
      required: true,
      schema: { type: 'string' },
    }
    const ok = {
      '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
    }
    return {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/things': {
          get: { operationId: 'get_things', parameters: [header], responses: ok },
          post: {
            operationId: 'post_things',
            parameters: postScoped ? [header] : [],
            responses: ok,
          },
        },
      },
    }
  }
  const generateFrom = async (doc: object) => {
    const dir = mkdtempSync(join(tmpdir(), 'monite-scope-'))
    try {
      const input = join(dir, 'doc.json')
      writeFileSync(input, JSON.stringify(doc))
      return await (await loadGenerator()).generate({ input })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  test('one entry per path, 1 where its operations need x-monite-entity-id', async () => {
    const { operations } = await generateFrom(documentWith(true))
    expect(operations).toContain("'/things': 1,")
  })

  test('a path whose methods disagree is refused, naming the operation', async () => {
    await expect(generateFrom(documentWith(false))).rejects.toThrow(
      /\/things: the methods of this path disagree on x-monite-entity-id/,
    )
  })

  // The transport's empty-body check relies on it: only DELETE may answer without a body.
  test('an operation other than DELETE without a success body is refused, naming it', async () => {
    const doc = documentWith(true)
    doc.paths['/things'].post.responses = { '204': { description: 'none' } } as never
    await expect(generateFrom(doc)).rejects.toThrow(
      /^POST \/things: a success answer without a body/,
    )
  })

  test('a DELETE with a success body is refused, naming it', async () => {
    const doc = documentWith(true) as { paths: Record<string, Record<string, unknown>> }
    const get = doc.paths['/things']?.get as object
    doc.paths['/things'] = {
      ...doc.paths['/things'],
      delete: { ...get, operationId: 'delete_things' },
    }
    await expect(generateFrom(doc)).rejects.toThrow(/^DELETE \/things: DELETE with a body/)
  })
})

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

const clientSetup = (clientEntry: string) => `
import createClient from 'openapi-fetch'
import { createMoniteClient } from ${JSON.stringify(clientEntry)}
import type { paths as UpstreamPaths } from './monite'

export const client = createMoniteClient<UpstreamPaths>({
  environment: 'sandbox',
  entityId: '9d2b4c8f-2087-4738-ba91-7359683c49a4',
  auth: { type: 'token', token: 'token' },
})
export const bare = createClient<UpstreamPaths>({ baseUrl: 'https://api.sandbox.monite.com/v1' })
`

/** Must compile: typed calls on Monite's full API, none passing the headers the client sends. */
const consumerSource = `
import { client } from './setup'

export async function calls() {
  // Monite requires x-monite-version and x-monite-entity-id on these operations; the client sends
  // them, so none of the calls below passes a header.
  const payables = await client.raw.GET('/payables', { params: { query: { limit: 10 } } })
  const ids: string[] | undefined = payables.data?.data.map((payable) => payable.id)
  await client.raw.GET('/payables')
  const counterpart = await client.raw.GET('/counterparts/{counterpart_id}', {
    params: { path: { counterpart_id: 'x' } },
  })
  const role = await client.raw.GET('/roles/{role_id}', { params: { path: { role_id: 'x' } } })
  const roleName: string | undefined = role.data?.name
  // A call may still override the entity.
  await client.raw.GET('/payables', { params: { header: { 'x-monite-entity-id': 'other' } } })

  // @ts-expect-error an unknown path
  await client.raw.GET('/no/such/path')
  // @ts-expect-error response bodies are typed, not any
  payables.data?.no_such_property

  return { ids, counterpart, roleName }
}
`

/**
 * Must not compile, each line with exactly these TypeScript error codes.
 */
const INVALID_CALLS: { name: string; code: string; errors: number[]; note?: string }[] = [
  {
    name: 'an unknown path',
    code: `await client.raw.GET('/no/such/path')`,
    // Same code openapi-fetch itself reports for a path that is not in `paths`.
    errors: [2554],
  },
  {
    name: 'a missing path parameter',
    code: `await client.raw.GET('/counterparts/{counterpart_id}', { params: { path: {} } })`,
    errors: [2741],
  },
  {
    name: 'a query parameter of the wrong type',
    code: `await client.raw.GET('/payables', { params: { query: { limit: 'ten' } } })`,
    errors: [2322],
  },
  {
    name: 'control: plain openapi-fetch needs the Monite headers',
    code: `await bare.GET('/payables', {})`,
    errors: [2345],
  },
  {
    name: 'control: plain openapi-fetch needs an init argument',
    code: `await bare.GET('/payables')`,
    errors: [2554],
  },
]

const INVALID_HEADER = `import { bare, client } from './setup'\n\nexport async function invalid() {\n`
const invalidSource = `${INVALID_HEADER}${INVALID_CALLS.map((c) => `  ${c.code}\n`).join('')}}\n`
/** 1-based line of INVALID_CALLS[i] in invalidSource. */
const invalidLine = (i: number) => INVALID_HEADER.split('\n').length + i

interface Diagnostic {
  file: string
  line: number
  code: number
  message: string
}

async function typeCheck(
  project: string,
): Promise<{ status: number | null; diagnostics: Diagnostic[]; output: string }> {
  const tsc = createRequire(import.meta.url).resolve('typescript/lib/tsc.js')
  const child = spawn(process.execPath, [tsc, '-p', project, '--pretty', 'false'])
  let output = ''
  child.stdout.on('data', (chunk) => {
    output += chunk
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
  })
  const status = await new Promise<number | null>((done) => child.on('close', done))
  const diagnostics = [...output.matchAll(/^(.+?)\((\d+),\d+\): error TS(\d+): (.*)$/gm)].map(
    (m) => ({
      file: basename(m[1] ?? ''),
      line: Number(m[2]),
      code: Number(m[3]),
      message: m[4] ?? '',
    }),
  )
  return { status, diagnostics, output }
}

describe.skipIf(!hasUpstream)('the generator on Monite’s full published document', () => {
  let dir: string
  let types: string
  let valid: Awaited<ReturnType<typeof typeCheck>>
  let invalid: Awaited<ReturnType<typeof typeCheck>>

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'monite-kit-upstream-types-'))
    // Generate with the CLI, as a user would.
    const gen = spawnSync(
      process.execPath,
      [generatorPath, '--input', upstreamPath, '--out-dir', dir, '--types-only'],
      { encoding: 'utf8' },
    )
    if (gen.status !== 0) throw new Error(`generate.mjs failed:\n${gen.stdout}${gen.stderr}`)
    types = readFileSync(join(dir, 'monite.ts'), 'utf8')

    // Type-check consumers with the workspace's TypeScript and the repository's settings.
    symlinkSync(resolve(clientDir, 'node_modules'), join(dir, 'node_modules'), 'junction')
    writeFileSync(join(dir, 'setup.ts'), clientSetup(resolve(clientDir, 'src/index.ts')))
    writeFileSync(join(dir, 'consumer.ts'), consumerSource)
    writeFileSync(join(dir, 'invalid.ts'), invalidSource)
    const tsconfig = (file: string) =>
      JSON.stringify({
        extends: resolve(repoRoot, 'tsconfig.base.json'),
        compilerOptions: { noEmit: true, allowImportingTsExtensions: true, types: [] },
        files: [file],
      })
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig('consumer.ts'))
    writeFileSync(join(dir, 'tsconfig.invalid.json'), tsconfig('invalid.ts'))
    ;[valid, invalid] = await Promise.all([
      typeCheck(join(dir, 'tsconfig.json')),
      typeCheck(join(dir, 'tsconfig.invalid.json')),
    ])
  }, 60_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('the types cover all 314 paths', () => {
    const upstreamPaths = Object.keys(loadUpstream().paths as object).sort()
    expect(upstreamPaths).toHaveLength(314)
    const pathsBlock = types.slice(
      types.indexOf('export interface paths {'),
      types.indexOf('\nexport type webhooks'),
    )
    const generatedPaths = [...pathsBlock.matchAll(/^ {4}"([^"]+)": \{$/gm)].map((m) => m[1])
    expect(generatedPaths.sort()).toEqual(upstreamPaths)
    expect(HTTP_METHODS.some((m) => types.includes(`    ${m}: operations["`))).toBe(true)
  })

  test('a createMoniteClient<UpstreamPaths> consumer compiles without passing Monite headers', () => {
    // The premise: Monite's document requires both headers on the operations called.
    const paths = loadUpstream().paths as Record<string, Record<string, { parameters: object[] }>>
    for (const path of ['/payables', '/counterparts/{counterpart_id}', '/roles/{role_id}']) {
      expect(paths[path]?.get?.parameters, path).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ in: 'header', name: 'x-monite-version', required: true }),
          expect.objectContaining({ in: 'header', name: 'x-monite-entity-id', required: true }),
        ]),
      )
    }
    // Exit 0 also proves each @ts-expect-error line really is an error (else TS2578).
    expect(valid.status, `tsc failed:\n${valid.output}`).toBe(0)
  })

  test.each(INVALID_CALLS.map((c, i) => ({ ...c, line: invalidLine(i) })))(
    'rejects $name',
    ({ line, errors, note }) => {
      const found = invalid.diagnostics.filter((d) => d.file === 'invalid.ts' && d.line === line)
      expect(
        found.map((d) => d.code),
        `${note ?? ''}\n${invalid.output}`,
      ).toEqual(errors)
    },
  )

  test('the invalid calls produce no other errors', () => {
    const lines = new Set(INVALID_CALLS.map((_, i) => invalidLine(i)))
    const other = invalid.diagnostics.filter((d) => d.file !== 'invalid.ts' || !lines.has(d.line))
    expect(other).toEqual([])
  })
})

if (!hasUpstream) {
  test.skip(`upstream generator tests skipped: ${upstreamSkipReason}`, () => {})
}
