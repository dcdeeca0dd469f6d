import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The lines of `README.md` under `## <heading>`, up to the next `## ` heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.indexOf(`## ${heading}`)
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`)
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

/** `[name, meaning]` of each body row of the first table in `lines`. */
function tableRows(lines: string[]): Array<[string, string]> {
  const table = lines.filter((line) => line.startsWith('|'))
  return table.slice(2).map((row) => {
    const cells = row.split(/(?<!\\)\|/).map((cell) => cell.trim())
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')
    if (!name?.[1]) throw new Error(`not an option row: ${row}`)
    return [name[1], cells[2] ?? '']
  })
}

/**
 * The property names of `createMoniteClient`'s first parameter, read by the TypeScript compiler
 * from the package's entry point, so every option (whatever type declares it) is seen.
 */
function optionNames(): string[] {
  const configPath = `${root}tsconfig.json`
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    root,
  )
  const program = ts.createProgram([`${root}src/index.ts`], config.options)
  const checker = program.getTypeChecker()
  const entry = program.getSourceFile(`${root}src/index.ts`)
  const moduleSymbol = entry && checker.getSymbolAtLocation(entry)
  if (!entry || !moduleSymbol) throw new Error('src/index.ts did not load')
  const exported = checker
    .getExportsOfModule(moduleSymbol)
    .find((s) => s.name === 'createMoniteClient')
  if (!exported) throw new Error('src/index.ts does not export createMoniteClient')
  const fn = checker.getTypeOfSymbolAtLocation(checker.getAliasedSymbol(exported), entry)
  const names = new Set<string>()
  for (const signature of fn.getCallSignatures()) {
    const param = signature.getParameters()[0]
    if (!param) continue
    const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(param, entry))
    for (const member of type.isUnion() ? type.types : [type]) {
      for (const prop of checker.getPropertiesOfType(member)) names.add(prop.name)
    }
  }
  return [...names]
}

describe('README options table', () => {
  const rows = tableRows(section(readFileSync(`${root}README.md`, 'utf8'), 'Options'))
  const documented = rows.map(([name]) => name)

  it('has one row per option createMoniteClient accepts, and no other', () => {
    const accepted = optionNames()
    expect(accepted.length).toBeGreaterThan(0)
    expect({
      undocumented: accepted.filter((name) => !documented.includes(name)),
      notAnOption: documented.filter((name) => !accepted.includes(name)),
    }).toEqual({ undocumented: [], notAnOption: [] })
  }, 60_000)

  it('documents each option once, with a meaning', () => {
    expect(new Set(documented).size).toBe(documented.length)
    for (const [name, meaning] of rows) expect(meaning, name).not.toBe('')
  })
})
