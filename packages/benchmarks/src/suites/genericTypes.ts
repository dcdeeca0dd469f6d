// Type-check time of the same ten generic hook calls over Monite's full published document,
// through the kit (`createMoniteHooks<paths>()`) and through openapi-react-query
// (`createClient(createFetchClient<paths>())`), side by side in one run: `tsc --noEmit` of each
// folder, best CPU time of three interleaved runs, against tsc on an empty file.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { fmtMs } from '../measure'
import { hasUpstreamSpec, isBuilt, packageDir, upstreamSpecPath } from '../paths'
import type { Row, Skipped } from '../report'
import { runTsc, type TscResult } from '../tsc'

const require = createRequire(import.meta.url)

/** The ten calls through the kit: the client comes from `<MoniteProvider>`, headers are its own. */
export const kitHooksSource = `import { createMoniteHooks } from '@monite-kit/react'
import type { paths } from './monite'

const monite = createMoniteHooks<paths>()

export function useTen(id: string) {
  const payables = monite.useQuery('get', '/payables', { params: { query: { limit: 10 } } })
  const one = monite.useQuery('get', '/payables/{payable_id}', { params: { path: { payable_id: id } } })
  const counterparts = monite.useSuspenseQuery('get', '/counterparts', { params: { query: { limit: 5 } } })
  const receivables = monite.useInfiniteQuery('get', '/receivables', { params: { query: { limit: 20 } } })
  const me = monite.useQuery('get', '/entity_users/me')
  const policies = monite.useQuery('get', '/approval_policies', undefined, { select: (p) => p.data.length })
  const update = monite.useMutation('patch', '/payables/{payable_id}')
  const approve = monite.useMutation('post', '/payables/{payable_id}/approve_payment_operation')
  const cancel = monite.useMutation('post', '/payables/{payable_id}/cancel')
  const removeRole = monite.useMutation('delete', '/roles/{role_id}')
  update.mutate({ params: { path: { payable_id: id } }, body: { description: 'Paper' } })
  approve.mutate({ params: { path: { payable_id: id } } })
  cancel.mutate({ params: { path: { payable_id: id } } })
  removeRole.mutate({ params: { path: { role_id: id } } })
  return [
    payables.data?.data.length,
    one.data?.status,
    counterparts.data.data.length,
    receivables.data?.pages.length,
    me.data?.login,
    policies.data,
  ]
}
`

/** The same ten calls through openapi-react-query, Monite's headers passed by hand. */
export const openapiReactQuerySource = `import createFetchClient from 'openapi-fetch'
import createClient from 'openapi-react-query'
import type { paths } from './monite'

const $api = createClient(createFetchClient<paths>({ baseUrl: 'https://api.sandbox.monite.com/v1' }))
const header = {
  'x-monite-version': '2024-05-25',
  'x-monite-entity-id': '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
}

export function useTen(id: string) {
  const payables = $api.useQuery('get', '/payables', { params: { header, query: { limit: 10 } } })
  const one = $api.useQuery('get', '/payables/{payable_id}', { params: { header, path: { payable_id: id } } })
  const counterparts = $api.useSuspenseQuery('get', '/counterparts', { params: { header, query: { limit: 5 } } })
  const receivables = $api.useInfiniteQuery(
    'get',
    '/receivables',
    { params: { header, query: { limit: 20 } } },
    {
      pageParamName: 'pagination_token',
      initialPageParam: undefined,
      getNextPageParam: (page) => page.next_pagination_token ?? undefined,
    },
  )
  const me = $api.useQuery('get', '/entity_users/me', { params: { header } })
  const policies = $api.useQuery('get', '/approval_policies', { params: { header } }, { select: (p) => p.data.length })
  const update = $api.useMutation('patch', '/payables/{payable_id}')
  const approve = $api.useMutation('post', '/payables/{payable_id}/approve_payment_operation')
  const cancel = $api.useMutation('post', '/payables/{payable_id}/cancel')
  const removeRole = $api.useMutation('delete', '/roles/{role_id}')
  update.mutate({ params: { header, path: { payable_id: id } }, body: { description: 'Paper' } })
  approve.mutate({ params: { header, path: { payable_id: id } } })
  cancel.mutate({ params: { header, path: { payable_id: id } } })
  removeRole.mutate({ params: { header, path: { role_id: id } } })
  return [
    payables.data?.data.length,
    one.data?.status,
    counterparts.data.data.length,
    receivables.data?.pages.length,
    me.data?.login,
    policies.data,
  ]
}
`

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
  },
  files: ['check.ts'],
}

interface Generator {
  generate(options: { input: string; typesOnly?: boolean }): Promise<{ types: string }>
}

/** The packages the consumer files import, linked from where the benchmarks resolve them. */
const linked = ['openapi-fetch', 'openapi-react-query', '@tanstack/react-query', 'react']

const cpuOf = (r: TscResult) => r.cpuMs ?? r.ms
const describe = (r: TscResult) =>
  r.ok
    ? `${fmtMs(cpuOf(r))} CPU (wall ${fmtMs(r.ms)}), heap ${r.heapMb === null ? '?' : `${r.heapMb.toFixed(0)} MB`}`
    : `type errors: ${r.errors}`

export async function genericTypesBenchmarks(): Promise<{ rows: Row[]; skipped: Skipped[] }> {
  const group = "Type-check of ten generic hook calls (tsc --noEmit), Monite's full document"
  if (!hasUpstreamSpec) {
    return {
      rows: [],
      skipped: [
        {
          group,
          reason: `Monite's published document is not at ${upstreamSpecPath} (set MONITE_OPENAPI_PATH); the side-by-side type-check is skipped.`,
        },
      ],
    }
  }
  if (!isBuilt('react')) {
    return {
      rows: [],
      skipped: [{ group, reason: '@monite-kit/react has no dist/; run `pnpm build` first.' }],
    }
  }
  const generatorPath = resolve(packageDir('client'), 'scripts/generate.mjs')
  const { generate } = (await import(pathToFileURL(generatorPath).href)) as Generator
  const { types } = await generate({ input: upstreamSpecPath, typesOnly: true })
  const root = await mkdtemp(join(tmpdir(), 'monite-kit-generic-types-'))
  try {
    const modules = join(root, 'node_modules')
    await mkdir(join(modules, '@monite-kit'), { recursive: true })
    await mkdir(join(modules, '@tanstack'), { recursive: true })
    for (const name of ['client', 'react'] as const) {
      await symlink(packageDir(name), join(modules, '@monite-kit', name), 'dir')
    }
    for (const name of linked) {
      await symlink(dirname(require.resolve(`${name}/package.json`)), join(modules, name), 'dir')
    }
    const dirs = {
      kit: join(root, 'kit'),
      orq: join(root, 'openapi-react-query'),
      empty: join(root, 'empty'),
    }
    const sources = {
      kit: kitHooksSource,
      orq: openapiReactQuerySource,
      empty: 'export const answer: number = 42\n',
    }
    for (const key of ['kit', 'orq', 'empty'] as const) {
      await mkdir(dirs[key])
      if (key !== 'empty') await writeFile(join(dirs[key], 'monite.ts'), types)
      await writeFile(join(dirs[key], 'check.ts'), sources[key])
      await writeFile(join(dirs[key], 'tsconfig.json'), JSON.stringify(tsconfig))
    }
    // Best of three, interleaved, so that a busy moment does not land on one side only.
    const best: Partial<Record<keyof typeof dirs, TscResult>> = {}
    for (let round = 0; round < 3; round++) {
      for (const key of ['empty', 'orq', 'kit'] as const) {
        const result = runTsc(dirs[key])
        const previous = best[key]
        if (!previous || !result.ok || (previous.ok && cpuOf(result) < cpuOf(previous))) {
          best[key] = result
        }
      }
    }
    const { kit, orq, empty } = best as Record<keyof typeof dirs, TscResult>
    return {
      rows: [
        {
          group,
          name: 'empty file, same tsconfig (tsc start-up and lib.d.ts)',
          value: describe(empty),
          ratio: cpuOf(empty) / cpuOf(orq),
          baseline: 'openapi-react-query',
        },
        {
          group,
          name: 'openapi-react-query 0.5 (createClient(createFetchClient<paths>()), headers by hand)',
          value: describe(orq),
          ratio: 1,
          baseline: 'itself',
        },
        {
          group,
          name: '@monite-kit/react createMoniteHooks<paths>() (client from MoniteProvider)',
          value: describe(kit),
          ratio: cpuOf(kit) / cpuOf(orq),
          baseline: 'openapi-react-query',
          goal: '≤ 1.00x (the kit no slower)',
          met: kit.ok && orq.ok && cpuOf(kit) <= cpuOf(orq),
        },
      ],
      skipped: [],
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
