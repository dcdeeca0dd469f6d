// Bundle-size measurement shared by the size-limit test and the bench: bundle an entry with
// esbuild (browser, ESM, minified, tree-shaken), then gzip it with node:zlib at level 9.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'
import { benchmarksDir, packageDir } from './paths'

export interface BundleSize {
  /** Minified bytes. */
  min: number
  /** Minified, then gzipped (level 9) bytes. */
  gzip: number
}

export interface BundleCase {
  /** What is measured, as shown in the table. */
  name: string
  /** A short name, used where this case is another one's baseline. */
  short: string
  /** The entry module's source (resolved from `packages/benchmarks`). */
  code: string
  /** Packages left out of the bundle (peer dependencies, or a dependency measured separately). */
  external: string[]
  /** Modules made at bundle time, by import specifier (e.g. a world built ahead of time). */
  virtual?: Record<string, () => Promise<string>>
}

/** Peers that every React case leaves out, as a React app already ships them. */
export const reactPeers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query']

/** What the bench and the size test measure. `limit` is the min+gzip budget in bytes, if any. */
export const clientEntry: BundleCase = {
  short: 'client entry',
  name: '@monite-kit/client entry (openapi-fetch external)',
  code: `export * from '@monite-kit/client'`,
  external: ['openapi-fetch'],
}
export const clientWithFetchEntry: BundleCase = {
  short: 'client + openapi-fetch',
  name: '@monite-kit/client entry + openapi-fetch',
  code: `export * from '@monite-kit/client'`,
  external: [],
}
export const clientTypicalApp: BundleCase = {
  short: 'client typical app',
  name: 'typical app: createMoniteClient + entityUsers.list (with openapi-fetch)',
  code: `import { createMoniteClient } from '@monite-kit/client'
const monite = createMoniteClient({ baseUrl: 'https://api.example.com/v1', entityId: 'e', auth: { type: 'fetchToken', fetchToken: () => fetch('/token').then((r) => r.json()) } })
monite.entityUsers.list({ limit: 10 }).then((page) => console.log(page.data.length))`,
  external: [],
}
export const reactEntry: BundleCase = {
  short: 'react entry',
  name: '@monite-kit/react entry (react, react-query, client external)',
  code: `export * from '@monite-kit/react'`,
  external: [...reactPeers, '@monite-kit/client', 'openapi-fetch'],
}
/** The generic layer's exports (`createMoniteHooks`, `createMoniteOptions` and what they use). */
export const genericLayerExports = ['createMoniteHooks', 'createMoniteOptions']
/**
 * The react entry without the generic layer: every other export of the built entry (read from
 * its `export { … }` list), so that the generic layer's size is the react entry's minus this.
 */
export function reactHooksOnlyEntry(): BundleCase {
  const dist = readFileSync(resolve(packageDir('react'), 'dist/index.js'), 'utf8')
  const list = [...dist.matchAll(/export\s*\{([^}]*)\}/g)].at(-1)?.[1] ?? ''
  const names = list
    .split(',')
    .map(
      (name) =>
        name
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? '',
    )
    .filter((name) => name && !genericLayerExports.includes(name))
  if (names.length < 20) throw new Error(`the react entry's exports were not found (${names})`)
  return {
    short: 'react entry without the generic layer',
    name: '@monite-kit/react entry without the generic layer',
    code: `export { ${names.join(', ')} } from '@monite-kit/react'`,
    external: reactEntry.external,
  }
}
export const reactWithClientEntry: BundleCase = {
  short: 'react + client + openapi-fetch',
  name: '@monite-kit/react + client + openapi-fetch (react, react-query external)',
  code: `export * from '@monite-kit/react'\nexport * from '@monite-kit/client'`,
  external: reactPeers,
}
export const openapiFetchEntry: BundleCase = {
  short: 'openapi-fetch',
  name: 'openapi-fetch entry',
  code: `export * from 'openapi-fetch'\nexport { default } from 'openapi-fetch'`,
  external: [],
}
export const openapiFetchTypicalApp: BundleCase = {
  short: 'openapi-fetch typical app',
  name: 'typical app: openapi-fetch createClient + GET',
  code: `import createClient from 'openapi-fetch'
const api = createClient({ baseUrl: 'https://api.example.com/v1', headers: { 'x-monite-version': '2024-05-25' } })
api.GET('/entity_users', { params: { query: { limit: 10 } } }).then(({ data }) => console.log(data))`,
  external: [],
}
export const openapiReactQueryEntry: BundleCase = {
  short: 'openapi-react-query',
  name: 'openapi-react-query entry (react, react-query, openapi-fetch external)',
  code: `export * from 'openapi-react-query'\nexport { default } from 'openapi-react-query'`,
  external: [...reactPeers, 'openapi-fetch'],
}
export const openapiReactQueryWithFetchEntry: BundleCase = {
  short: 'openapi-react-query + openapi-fetch',
  name: 'openapi-react-query + openapi-fetch (react, react-query external)',
  code: `export * from 'openapi-react-query'\nexport { default } from 'openapi-react-query'\nexport { default as createClient } from 'openapi-fetch'`,
  external: reactPeers,
}

export const reactTypicalApp: BundleCase = {
  name: 'typical React app: MoniteProvider + 2 hooks + createMoniteClient (with openapi-fetch)',
  short: 'react typical app',
  code: `import { createMoniteClient } from '@monite-kit/client'
import { MoniteProvider, useCreateEntityUser, useEntityUsers } from '@monite-kit/react'
export const monite = createMoniteClient({ baseUrl: 'https://api.example.com/v1', auth: { type: 'fetchToken', fetchToken: () => fetch('/token').then((r) => r.json()) } })
export { MoniteProvider, useCreateEntityUser, useEntityUsers }`,
  external: reactPeers,
}
export const openapiReactQueryTypicalApp: BundleCase = {
  name: 'typical React app: openapi-fetch + openapi-react-query $api',
  short: 'openapi-react-query typical app',
  code: `import createFetchClient from 'openapi-fetch'
import createClient from 'openapi-react-query'
const fetchClient = createFetchClient({ baseUrl: 'https://api.example.com/v1' })
export const $api = createClient(fetchClient)`,
  external: reactPeers,
}

/** The example app's demo world (apps/example/src/monite/demoWorld.ts): 6 roles, 24 users. */
export const demoWorldOptions = { seed: 20240525, rolesPerEntity: 6, usersPerEntity: 24 }

/**
 * `virtual:demo-world`: the demo world built with faker now, in node (as the example's Vite
 * plugin does at build time), and shipped as JSON: what the browser loads is plain data.
 */
const demoWorldModule = async () => {
  const { createWorld } = await import('@monite-kit/fixtures')
  const json = JSON.stringify(createWorld(demoWorldOptions))
  return `export default JSON.parse(${JSON.stringify(json)})`
}

/**
 * The fake with its world as a browser loads it: the world built ahead of time (JSON), the fake
 * over it without faker or MSW, requests through `fake.fetch` (what the example app ships).
 */
export const fakeWorldEntry: BundleCase = {
  short: 'fake + world',
  name: 'fake + world, browser: createFakeMoniteCore over the demo world as JSON (no faker, no MSW)',
  code: `import { createFakeMoniteCore } from '@monite-kit/fixtures/browser'
import world from 'virtual:demo-world'
export const fake = createFakeMoniteCore(world)`,
  external: [],
  virtual: { 'virtual:demo-world': demoWorldModule },
}
/** The same with MSW handlers (msw's `http` brings its cookie store: tough-cookie, tldts). */
export const fakeWorldMswEntry: BundleCase = {
  short: 'fake + world + MSW handlers',
  name: 'fake + world + MSW handlers: createFakeMoniteFromWorld over the JSON world (no faker)',
  code: `import { createFakeMoniteFromWorld } from '@monite-kit/fixtures/browser'
import world from 'virtual:demo-world'
export const fake = createFakeMoniteFromWorld(world)`,
  external: [],
  virtual: { 'virtual:demo-world': demoWorldModule },
}
/** The same in MSW's service worker. */
export const fakeWorldWorkerEntry: BundleCase = {
  short: 'fake + world + MSW worker',
  name: 'fake + world + MSW browser worker: setupWorker(...createFakeMoniteFromWorld(world).handlers)',
  code: `import { setupWorker } from 'msw/browser'
import { createFakeMoniteFromWorld } from '@monite-kit/fixtures/browser'
import world from 'virtual:demo-world'
export const worker = setupWorker(...createFakeMoniteFromWorld(world).handlers)`,
  external: [],
  virtual: { 'virtual:demo-world': demoWorldModule },
}
/** What the example shipped before: the world built by faker in the browser, MSW's worker. */
export const fakeFakerWorkerEntry: BundleCase = {
  short: 'faker world + MSW worker',
  name: 'faker in the browser: setupFakeMoniteWorker({ world: createWorld(demo) }) (the example until #16)',
  code: `import { createWorld, setupFakeMoniteWorker } from '@monite-kit/fixtures/browser'
export const { worker, fake } = setupFakeMoniteWorker({ world: createWorld(${JSON.stringify(demoWorldOptions)}) })`,
  external: [],
}

/** Serves `entry.virtual`'s modules to esbuild. */
function virtualModules(entry: BundleCase): Plugin[] {
  const modules = entry.virtual
  if (!modules) return []
  const filter = new RegExp(`^(${Object.keys(modules).join('|')})$`)
  return [
    {
      name: 'virtual',
      setup(b) {
        b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'virtual' }))
        b.onLoad({ filter: /.*/, namespace: 'virtual' }, async (args) => ({
          contents: await (modules[args.path] as () => Promise<string>)(),
          loader: 'js',
        }))
      },
    },
  ]
}

/** Bundles `entry` (minified, tree-shaken), with esbuild's record of what went in. */
async function bundle(entry: BundleCase) {
  const result = await build({
    stdin: {
      contents: entry.code,
      resolveDir: benchmarksDir,
      loader: 'ts',
      sourcefile: 'entry.ts',
    },
    bundle: true,
    write: false,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: entry.external,
    conditions: ['import', 'module', 'browser', 'default'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    legalComments: 'none',
    metafile: true,
    plugins: virtualModules(entry),
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error(`esbuild produced no output for ${entry.name}`)
  return { output, metafile: result.metafile }
}

/** Bundles `entry` and measures it. */
export async function measureBundle(entry: BundleCase): Promise<BundleSize> {
  const { output } = await bundle(entry)
  return {
    min: output.contents.byteLength,
    gzip: gzipSync(output.contents, { level: 9 }).byteLength,
  }
}

/**
 * The npm packages whose code ends up in `entry`'s bundle after tree-shaking (at least one byte
 * of output), e.g. `['@monite-kit/fixtures', 'msw', 'tldts']`.
 */
export async function bundledPackages(entry: BundleCase): Promise<string[]> {
  const { metafile } = await bundle(entry)
  const packages = new Set<string>()
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput === 0) continue
      // pnpm: …/node_modules/.pnpm/<dir>/node_modules/<name>/…; the workspace's: ../<dir>/dist/…
      const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path)
      const workspace = /^\.\.\/([^/]+)\/dist\//.exec(path)
      const name = dependency?.[1] ?? (workspace ? `@monite-kit/${workspace[1]}` : undefined)
      if (name) packages.add(name)
    }
  }
  return [...packages].sort()
}

/** Bytes as kB (1 kB = 1,000 bytes, as size-limit and bundlephobia count them). */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`
