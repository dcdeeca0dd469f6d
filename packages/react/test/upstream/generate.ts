// Vitest global setup of the `monite-document` project: generates the types of Monite's full
// document with openapi-typescript into test/upstream/.generated (git-ignored) before the type
// tests over it run.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { documentPath, generatedPath } from './document'

export default async function setup(): Promise<void> {
  const document = JSON.parse(await readFile(documentPath, 'utf8'))
  const ast = await openapiTS(document, { alphabetize: false, exportType: false })
  await mkdir(dirname(generatedPath), { recursive: true })
  await writeFile(
    generatedPath,
    `// Generated from ${documentPath} by test/upstream/generate.ts. Not committed.\n${astToString(ast)}`,
  )
}
