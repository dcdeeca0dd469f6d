// @vitest-environment node
// The README's code samples in the sections listed below are type-checked as they are written,
// each as its own module, with `@monite-kit/react` resolved to this package's source: a README
// change that breaks one (or an API change that breaks the README) fails here.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, inject, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** README sections whose `ts` / `tsx` code blocks must compile. */
const CHECKED_SECTIONS = [
  'Every operation: the generic layer',
  'Migrating from `@monite/sdk-react`',
]

interface Snippet {
  /** Line of the README where the block's code starts (1-based). */
  line: number
  lang: 'ts' | 'tsx'
  code: string
}

/** The `ts` / `tsx` fenced blocks under `## <heading>`, up to the next `## ` heading. */
function snippets(markdown: string, heading: string): Snippet[] {
  const lines = markdown.split('\n')
  const start = lines.indexOf(`## ${heading}`)
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`)
  const found: Snippet[] = []
  let open: { lang: 'ts' | 'tsx'; from: number } | undefined
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!open && line.startsWith('## ')) break
    const fence = /^```(\w*)/.exec(line)
    if (!fence) continue
    if (open) {
      found.push({
        line: open.from + 1,
        lang: open.lang,
        code: lines.slice(open.from, i).join('\n'),
      })
      open = undefined
    } else if (fence[1] === 'ts' || fence[1] === 'tsx') {
      open = { lang: fence[1], from: i + 1 }
    } else {
      // another language: skip to its closing fence
      i = lines.findIndex((l, j) => j > i && l.startsWith('```'))
      if (i < 0) break
    }
  }
  return found
}

/** Type-checks the snippets as modules beside the tests; returns one message per error. */
function typeCheck(list: Snippet[]): string[] {
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile).config,
    ts.sys,
    root,
  )
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    baseUrl: root,
    paths: { '@monite-kit/react': ['src/index.ts'] },
  }
  const files = new Map(list.map((s, i) => [`${root}test/docs/readme-snippet-${i}.${s.lang}`, s]))
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (name) => files.has(name) || fileExists(name)
  host.readFile = (name) => files.get(name)?.code ?? readFile(name)
  host.getSourceFile = (name, language, ...rest) => {
    const snippet = files.get(name)
    return snippet
      ? ts.createSourceFile(name, snippet.code, language, true)
      : getSourceFile(name, language, ...rest)
  }
  const program = ts.createProgram([...files.keys()], options, host)
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => {
      const snippet = files.get(d.file?.fileName ?? '') as Snippet
      const { line } = ts.getLineAndCharacterOfPosition(d.file as ts.SourceFile, d.start ?? 0)
      return `README.md:${snippet.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
}

// Types do not depend on the React runtime: check once, in the React 19 project.
describe.runIf(inject('reactMajor') === 19)('README code samples', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8')

  for (const heading of CHECKED_SECTIONS) {
    it(`"${heading}" compiles`, () => {
      const list = snippets(readme, heading)
      expect(list.length).toBeGreaterThan(0)
      expect(typeCheck(list)).toEqual([])
    }, 60_000)
  }
})
