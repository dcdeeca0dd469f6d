// Keeps the React-free server entry (src/index.server.ts, the `react-server` export condition) in
// step with the main entry: every export of the main entry that is not a hook or a component is
// exported by both (values and types), and the hooks, the provider and <Can> by the main entry
// only. Then checks the built files: the main entry starts with "use client", the server entry has
// no directive and imports no React, and Node's resolver serves it under `react-server`.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, inject, it } from 'vitest'
import * as main from '../src/index'
import * as server from '../src/index.server'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * A hook (`useX`), a component or the hooks factory: the exports that need React state and so a
 * client module.
 */
const needsReact = (name: string) =>
  /^use[A-Z]/.test(name) || ['MoniteProvider', 'Can', 'createMoniteHooks'].includes(name)

/** Every name an entry exports, values and types, as the TypeScript checker sees them. */
function exportedNames(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(join(root, file))
  if (!source) throw new Error(`${file} is not in the program`)
  const symbol = checker.getSymbolAtLocation(source)
  if (!symbol) throw new Error(`${file} has no module symbol`)
  return checker
    .getExportsOfModule(symbol)
    .map((s) => s.name)
    .sort()
}

describe('the server entry', () => {
  const mainValues = Object.keys(main).sort()
  const serverValues = Object.keys(server).sort()

  it('exports every runtime value of the main entry except the hooks and components', () => {
    const clientOnly = mainValues.filter((name) => !serverValues.includes(name))
    expect(clientOnly.length).toBeGreaterThan(20)
    for (const name of clientOnly) expect(needsReact(name), `${name} is client-only`).toBe(true)
    expect(mainValues.filter((name) => !needsReact(name))).toEqual(serverValues)
  })

  it('exports the same functions and objects, not copies', () => {
    const mainEntries: Record<string, unknown> = { ...main }
    const serverEntries: Record<string, unknown> = { ...server }
    for (const name of serverValues) expect(mainEntries[name], name).toBe(serverEntries[name])
    for (const name of [
      'moniteKeys',
      'entityUsersQueryOptions',
      'isActionAllowed',
      'moniteRetry',
    ]) {
      expect(serverValues).toContain(name)
    }
  })

  it.runIf(inject('reactMajor') === 19)(
    'exports every type of the main entry (the type-level names agree too)',
    () => {
      const program = ts.createProgram(
        [join(root, 'src/index.ts'), join(root, 'src/index.server.ts')],
        {
          strict: true,
          noEmit: true,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          target: ts.ScriptTarget.ES2022,
          jsx: ts.JsxEmit.ReactJSX,
          skipLibCheck: true,
        },
      )
      const mainNames = exportedNames(program, 'src/index.ts')
      const serverNames = exportedNames(program, 'src/index.server.ts')
      expect(serverNames.filter((name) => !mainNames.includes(name))).toEqual([])
      expect(mainNames.filter((name) => !serverNames.includes(name))).toEqual(
        mainValues.filter(needsReact),
      )
      // Types such as MoniteQueryError and MoniteProviderProps are on both.
      expect(serverNames).toEqual(
        expect.arrayContaining(['MoniteQueryError', 'MoniteProviderProps']),
      )
    },
    // A whole-program type check of both entries (and the client's generated types).
    60_000,
  )
})

const dist = (file: string) => join(root, 'dist', file)
const built = existsSync(dist('index.js')) && existsSync(dist('index.server.js'))

describe.skipIf(!built)('the published files (dist; run `pnpm build` first)', () => {
  /** The module specifiers a built file imports or requires. */
  const specifiers = (code: string) =>
    [...code.matchAll(/(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*)(['"])([^'"]+)\1/g)].map(
      (m) => m[2],
    )

  it('mark the main entry "use client" (ESM and CJS)', () => {
    for (const file of ['index.js', 'index.cjs']) {
      expect(readFileSync(dist(file), 'utf8').split('\n')[0], file).toBe('"use client";')
    }
  })

  it('keep the server entry free of the directive and of React', () => {
    for (const file of ['index.server.js', 'index.server.cjs']) {
      const code = readFileSync(dist(file), 'utf8')
      expect(code, file).not.toMatch(/["']use client["']/)
      expect(code, file).not.toMatch(/createContext|useContext|useMemo/)
      const imported = new Set(specifiers(code))
      expect([...imported].sort(), file).toEqual(['@monite-kit/client', '@tanstack/react-query'])
    }
  })

  it('serve the server entry under the react-server condition, the main one otherwise', () => {
    const resolveFrom = (conditions: string[], how: 'import' | 'require') => {
      const code =
        how === 'import'
          ? "console.log(import.meta.resolve('@monite-kit/react'))"
          : "console.log(require.resolve('@monite-kit/react'))"
      const args = [
        ...conditions.map((c) => `--conditions=${c}`),
        ...(how === 'import' ? ['--input-type=module'] : []),
        '-e',
        code,
      ]
      // The package resolves its own name (self-reference through `exports`).
      return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim()
    }
    expect(resolveFrom(['react-server'], 'import')).toMatch(/\/dist\/index\.server\.js$/)
    expect(resolveFrom(['react-server'], 'require')).toMatch(/\/dist\/index\.server\.cjs$/)
    expect(resolveFrom([], 'import')).toMatch(/\/dist\/index\.js$/)
    expect(resolveFrom([], 'require')).toMatch(/\/dist\/index\.cjs$/)
  })
})
