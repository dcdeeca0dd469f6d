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

/** The package's entry point, loaded by the TypeScript compiler with the package's tsconfig. */
function loadEntry() {
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile).config,
    ts.sys,
    root,
  )
  const program = ts.createProgram([`${root}src/index.ts`], config.options)
  const checker = program.getTypeChecker()
  const entry = program.getSourceFile(`${root}src/index.ts`)
  const moduleSymbol = entry && checker.getSymbolAtLocation(entry)
  if (!entry || !moduleSymbol) throw new Error('src/index.ts did not load')
  const exported = (name: string) => {
    const symbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name)
    if (!symbol) throw new Error(`src/index.ts does not export ${name}`)
    return checker.getAliasedSymbol(symbol)
  }
  /** Property names of a type, of every member when it is a union. */
  const propertyNames = (type: ts.Type) =>
    (type.isUnion() ? type.types : [type]).flatMap((member) =>
      checker.getPropertiesOfType(member).map((prop) => prop.name),
    )
  return {
    /** Every property `createMoniteClient`'s first parameter accepts, whatever type declares it. */
    optionNames(): string[] {
      const fn = checker.getTypeOfSymbolAtLocation(exported('createMoniteClient'), entry)
      const names = fn.getCallSignatures().flatMap((signature) => {
        const param = signature.getParameters()[0]
        return param
          ? propertyNames(
              checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(param, entry)),
            )
          : []
      })
      return [...new Set(names)]
    },
    /** The properties of an exported type. */
    typeProperties(name: string): string[] {
      return [...new Set(propertyNames(checker.getDeclaredTypeOfSymbol(exported(name))))]
    },
  }
}

describe('README options', () => {
  const options = section(readFileSync(`${root}README.md`, 'utf8'), 'Options')
  const rows = tableRows(options)
  const documented = rows.map(([name]) => name)
  const entry = loadEntry()

  it('the table has one row per option createMoniteClient accepts, and no other', () => {
    const accepted = entry.optionNames()
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

  it('names every per-call option of the helpers (MoniteCallOptions)', () => {
    const sentence = /per-call options `\{ ([^}]+) \}`/.exec(options.join(' '))
    if (!sentence?.[1]) throw new Error('README "Options" no longer lists the per-call options')
    const named = sentence[1].split(',').map((name) => name.trim())
    expect(named.sort()).toEqual(entry.typeProperties('MoniteCallOptions').sort())
  })
})
