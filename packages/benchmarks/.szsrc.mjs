import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { writeFileSync } from 'node:fs'
const src = process.argv[2] ?? '/work/main/packages/client/src/index.ts'
const r = await build({ stdin: { contents: `export * from '${src}'`, resolveDir: '/work/main/packages/benchmarks', loader:'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target:'es2022', write: false, external: ['openapi-fetch'], conditions: ['import', 'module', 'browser', 'default'], legalComments:'none', treeShaking: true, logLevel:'error' })
const code = r.outputFiles[0].text
writeFileSync('/tmp/client.min.js', code)
console.log(code.length, gzipSync(code, { level: 9 }).length)
