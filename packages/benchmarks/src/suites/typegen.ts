// Generation and type-check scale: openapi-typescript (through the client's generator) over the
// project's document and Monite's full published document, then `tsc --noEmit` of one file that
// calls five operations through the client with each type set, against tsc on an empty file.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateCompetitors } from '../competitors'
import { fmtMs, now } from '../measure'
import { hasUpstreamSpec, packageDir, projectSpecPath, upstreamSpecPath } from '../paths'
import type { Row, Skipped } from '../report'
import { runTsc, type TscResult } from '../tsc'

const require = createRequire(import.meta.url)

/** The consumer file: five operations through the client, typed by `./monite`. */
export const consumerSource = `import { createMoniteClient } from '@monite-kit/client'
import type { paths } from './monite'

const monite = createMoniteClient<paths>({
  baseUrl: 'https://api.sandbox.monite.com/v1',
  entityId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  auth: { type: 'fetchToken', fetchToken: async () => ({ access_token: 't', expires_in: 3600 }) },
})

export async function run(id: string): Promise<string[]> {
  const list = await monite.raw.GET('/entity_users', { params: { query: { limit: 10 } } })
  const one = await monite.raw.GET('/entity_users/{entity_user_id}', {
    params: { path: { entity_user_id: id } },
  })
  const created = await monite.raw.POST('/entity_users', {
    body: { first_name: 'Ada', login: 'ada' },
  })
  const role = await monite.raw.PATCH('/roles/{role_id}', {
    params: { path: { role_id: id } },
    body: { name: 'Viewer' },
  })
  const roles = await monite.raw.GET('/roles', { params: { query: { limit: 5 } } })
  return [
    ...(list.data?.data.map((u) => u.login) ?? []),
    one.data?.login ?? '',
    created.data?.id ?? '',
    role.data?.name ?? '',
    ...(roles.data?.data.map((r) => r.name) ?? []),
  ]
}
`

/** The same five calls through bare openapi-fetch, headers passed by hand: the comparison. */
export const openapiFetchSource = `import createClient from 'openapi-fetch'
import type { paths } from './monite'

const api = createClient<paths>({ baseUrl: 'https://api.sandbox.monite.com/v1' })
const header = {
  'x-monite-version': '2024-05-25',
  'x-monite-entity-id': '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
}

export async function run(id: string): Promise<string[]> {
  const list = await api.GET('/entity_users', { params: { header, query: { limit: 10 } } })
  const one = await api.GET('/entity_users/{entity_user_id}', {
    params: { header, path: { entity_user_id: id } },
  })
  const created = await api.POST('/entity_users', {
    params: { header },
    body: { first_name: 'Ada', login: 'ada' },
  })
  const role = await api.PATCH('/roles/{role_id}', {
    params: { header, path: { role_id: id } },
    body: { name: 'Viewer' },
  })
  const roles = await api.GET('/roles', { params: { header, query: { limit: 5 } } })
  return [
    ...(list.data?.data.map((u) => u.login) ?? []),
    one.data?.login ?? '',
    created.data?.id ?? '',
    role.data?.name ?? '',
    ...(roles.data?.data.map((r) => r.name) ?? []),
  ]
}
`

const header = `{
  'x-monite-version': '2024-05-25',
  'x-monite-entity-id': '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
} as const`
const operations = 'getEntityUsers, getEntityUsersId, getRoles, patchRolesId, postEntityUsers'

/** The same five calls through each generated client, as their docs show them. */
export const competitorSources = {
  heyApi: `import { ${operations} } from './sdk.gen'

const headers = ${header}

export async function run(id: string): Promise<string[]> {
  const list = await getEntityUsers({ headers, query: { limit: 10 } })
  const one = await getEntityUsersId({ headers, path: { entity_user_id: id } })
  const created = await postEntityUsers({ headers, body: { first_name: 'Ada', login: 'ada' } })
  const role = await patchRolesId({ headers, path: { role_id: id }, body: { name: 'Viewer' } })
  const roles = await getRoles({ headers, query: { limit: 5 } })
  return [
    ...(list.data?.data.map((u) => u.login) ?? []),
    one.data?.login ?? '',
    created.data?.id ?? '',
    role.data?.name ?? '',
    ...(roles.data?.data.map((r) => r.name) ?? []),
  ]
}
`,
  orval: `import { ${operations} } from './api'

const init = { headers: ${header} }

export async function run(id: string): Promise<string[]> {
  const list = await getEntityUsers({ limit: 10 }, init)
  const one = await getEntityUsersId(id, init)
  const created = await postEntityUsers({ first_name: 'Ada', login: 'ada' }, init)
  const role = await patchRolesId(id, { name: 'Viewer' }, init)
  const roles = await getRoles({ limit: 5 }, init)
  return [
    ...(list.status === 200 ? list.data.data.map((u) => u.login) : []),
    one.status === 200 ? one.data.login : '',
    created.status === 200 ? created.data.id : '',
    role.status === 200 ? role.data.name : '',
    ...(roles.status === 200 ? roles.data.data.map((r) => r.name) : []),
  ]
}
`,
  kubb: `import { ${operations} } from './clients/index.ts'

const headers = ${header}

export async function run(id: string): Promise<string[]> {
  const list = await getEntityUsers(headers, { limit: 10 })
  const one = await getEntityUsersId(id, headers)
  const created = await postEntityUsers({ first_name: 'Ada', login: 'ada' }, headers)
  const role = await patchRolesId(id, { name: 'Viewer' }, headers)
  const roles = await getRoles(headers, { limit: 5 })
  return [
    ...list.data.map((u) => u.login),
    one.login,
    created.id,
    role.name ?? '',
    ...roles.data.map((r) => r.name),
  ]
}
`,
}

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    // kubb's generated imports end in .ts.
    allowImportingTsExtensions: true,
  },
  files: ['check.ts'],
}

const mb = (value: number | null) => (value === null ? '?' : `${value.toFixed(0)} MB`)
const cpu = (result: TscResult) => (result.cpuMs === null ? '' : `, CPU ${fmtMs(result.cpuMs)}`)
/** CPU time where known: on a shared machine, wall time also counts waiting for a core. */
const effort = (result: TscResult) => result.cpuMs ?? result.ms
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`

interface Generator {
  generate(options: {
    input: string
    typesOnly?: boolean
  }): Promise<{ types: string; operations?: string }>
}

export async function typegenBenchmarks(): Promise<{ rows: Row[]; skipped: Skipped[] }> {
  const rows: Row[] = []
  const skipped: Skipped[] = []
  const genGroup = 'Type generation'
  const tscGroup = 'Type-check (tsc --noEmit)'
  const generatorPath = resolve(packageDir('client'), 'scripts/generate.mjs')
  const { generate } = (await import(pathToFileURL(generatorPath).href)) as Generator

  const root = await mkdtemp(join(tmpdir(), 'monite-kit-typegen-'))
  const cleanups: (() => Promise<void>)[] = []
  try {
    // The consumer files resolve @monite-kit/client (its built d.ts) through this link.
    await mkdir(join(root, 'node_modules/@monite-kit'), { recursive: true })
    await symlink(packageDir('client'), join(root, 'node_modules/@monite-kit/client'), 'dir')
    const openapiFetchDir = dirname(require.resolve('openapi-fetch/package.json'))
    await symlink(openapiFetchDir, join(root, 'node_modules/openapi-fetch'), 'dir')

    const sets = [{ key: 'project', label: 'project spec', input: projectSpecPath }]
    if (hasUpstreamSpec) {
      sets.push({ key: 'upstream', label: 'full upstream spec', input: upstreamSpecPath })
    } else {
      skipped.push({
        group: `${genGroup} / ${tscGroup}`,
        reason: `Monite's published document is not at ${upstreamSpecPath} (set MONITE_OPENAPI_PATH); the full-API figures are skipped.`,
      })
    }

    // Warm-up: loads openapi-typescript and its dependencies outside the timed runs.
    await generate({ input: projectSpecPath })

    let baseGen: { ms: number; bytes: number } | null = null
    for (const set of sets) {
      const paths = await countPaths(set.input)
      const start = now()
      // Monite's full document is typed with `--types-only`: its runtime operation table is the
      // project's own (the generator refuses a document whose non-DELETE operations may answer
      // 2xx without a body, as the full document's do).
      const typesOnly = set.input !== projectSpecPath
      const { types, operations = '' } = await generate({ input: set.input, typesOnly })
      const ms = now() - start
      const bytes = Buffer.byteLength(types) + Buffer.byteLength(operations)
      baseGen ??= { ms, bytes }
      rows.push({
        group: genGroup,
        name: `openapi-typescript via the client's generator, ${set.label} (${paths} paths)`,
        value: `${fmtMs(ms)}, ${kb(bytes)} of TypeScript`,
        ratio: ms / baseGen.ms,
        baseline: 'project spec',
      })
      const dir = join(root, set.key)
      await mkdir(dir)
      await writeFile(join(dir, 'monite.ts'), types)
      await writeFile(join(dir, 'check.ts'), consumerSource)
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
      const bareDir = join(root, `${set.key}-openapi-fetch`)
      await mkdir(bareDir)
      await writeFile(join(bareDir, 'monite.ts'), types)
      await writeFile(join(bareDir, 'check.ts'), openapiFetchSource)
      await writeFile(join(bareDir, 'tsconfig.json'), JSON.stringify(tsconfig))
    }

    // hey-api, orval and kubb over the same documents, after a warm-up run of each; their
    // output stays for the type-checks below.
    await (await generateCompetitors('https://api.sandbox.monite.com/v1')).cleanup()
    const competitorDirs = new Map<string, { label: string; dir: string; source: string }[]>()
    for (const set of sets) {
      const generated = await generateCompetitors('https://api.sandbox.monite.com/v1', {
        input: set.input,
      })
      cleanups.push(generated.cleanup)
      const paths = await countPaths(set.input)
      const entries = [
        {
          label: `${generated.heyApiLabel} (SDK + client-fetch)`,
          short: `${generated.heyApiLabel}'s SDK`,
          ms: generated.heyApiMs,
          bytes: generated.heyApiBytes,
          dir: generated.heyApiDir,
          source: competitorSources.heyApi,
        },
        {
          label: `${generated.orvalLabel} (fetch client)`,
          short: `${generated.orvalLabel}'s fetch client`,
          ms: generated.orvalMs,
          bytes: generated.orvalBytes,
          dir: dirname(generated.orvalFile),
          source: competitorSources.orval,
        },
        {
          label: `${generated.kubbLabel} (oas + ts + fetch client)`,
          short: `${generated.kubbLabel}'s fetch clients`,
          ms: generated.kubbMs,
          bytes: generated.kubbBytes,
          dir: generated.kubbDir,
          source: competitorSources.kubb,
        },
      ]
      for (const entry of entries) {
        rows.push({
          group: genGroup,
          name: `${entry.label}, ${set.label} (${paths} paths)`,
          value: `${fmtMs(entry.ms)}, ${kb(entry.bytes)} of TypeScript`,
          ratio: baseGen ? entry.ms / baseGen.ms : null,
          baseline: 'openapi-typescript, project spec',
        })
        await writeFile(join(entry.dir, 'check.ts'), entry.source)
        await writeFile(join(entry.dir, 'tsconfig.json'), JSON.stringify(tsconfig))
      }
      competitorDirs.set(
        set.key,
        entries.map((e) => ({ label: e.short, dir: e.dir, source: e.source })),
      )
    }

    const emptyDir = join(root, 'empty')
    await mkdir(emptyDir)
    await writeFile(join(emptyDir, 'check.ts'), 'export const answer: number = 42\n')
    await writeFile(join(emptyDir, 'tsconfig.json'), JSON.stringify(tsconfig))
    const base = runTsc(emptyDir)
    rows.push({
      group: tscGroup,
      name: 'empty file, same tsconfig (baseline: tsc start-up and lib.d.ts)',
      value: `${fmtMs(base.ms)}${cpu(base)}, peak RSS ${mb(base.rssMb)}`,
      ratio: 1,
      baseline: 'itself',
    })
    for (const set of sets) {
      const result = runTsc(join(root, set.key))
      const row: Row = {
        group: tscGroup,
        name: `five calls through the client, ${set.label} types`,
        value: result.ok
          ? `${fmtMs(result.ms)}${cpu(result)}, peak RSS ${mb(result.rssMb)}, heap ${mb(result.heapMb)}`
          : `type errors: ${result.errors}`,
        ratio: effort(result) / effort(base),
        baseline: 'empty file',
      }
      if (set.key === 'upstream') {
        row.goal = 'type-checks, ≤ 5 s CPU'
        row.met = result.ok && effort(result) <= 5000
      } else {
        row.goal = 'type-checks'
        row.met = result.ok
      }
      rows.push(row)
      const bare = runTsc(join(root, `${set.key}-openapi-fetch`))
      rows.push({
        group: tscGroup,
        name: `the same five calls through bare openapi-fetch, ${set.label} types`,
        value: bare.ok
          ? `${fmtMs(bare.ms)}${cpu(bare)}, peak RSS ${mb(bare.rssMb)}, heap ${mb(bare.heapMb)}`
          : `type errors: ${bare.errors}`,
        ratio: effort(bare) / effort(base),
        baseline: 'empty file',
      })
      for (const competitor of competitorDirs.get(set.key) ?? []) {
        const result = runTsc(competitor.dir)
        rows.push({
          group: tscGroup,
          name: `the same five calls through ${competitor.label}, ${set.label} types`,
          value: result.ok
            ? `${fmtMs(result.ms)}${cpu(result)}, peak RSS ${mb(result.rssMb)}, heap ${mb(result.heapMb)}`
            : `type errors: ${result.errors}`,
          ratio: effort(result) / effort(base),
          baseline: 'empty file',
        })
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true })
    for (const cleanup of cleanups) await cleanup()
  }
  return { rows, skipped }
}

async function countPaths(input: string): Promise<number> {
  const { readFile } = await import('node:fs/promises')
  const text = await readFile(input, 'utf8')
  if (input.endsWith('.json')) return Object.keys(JSON.parse(text).paths ?? {}).length
  // YAML: path keys are the two-space-indented lines starting with "/" under `paths:`.
  return text.split('\n').filter((line) => /^ {2}\/\S*:\s*$/.test(line)).length
}
