import { readFile, writeFile } from 'node:fs/promises'
import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  external: ['react', 'react-dom', '@tanstack/react-query', '@monite-kit/client'],
}

/**
 * Puts `"use client"` on the first line of a built file and shifts its source map by that line.
 * Bundling drops module directives (and tsup's rollup tree-shaking pass drops a banner's too),
 * so the directive is added after the build.
 */
async function markClient(file: string): Promise<void> {
  const code = await readFile(file, 'utf8')
  if (code.startsWith('"use client";')) return
  await writeFile(file, `"use client";\n${code}`)
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string }
  map.mappings = `;${map.mappings}`
  await writeFile(`${file}.map`, JSON.stringify(map))
}

// Two bundles, no shared chunks. The main entry (provider, hooks and everything else) is a client
// module: its files start with "use client". The React-free server entry, served under the
// `react-server` export condition, has no directive: Server Components and route handlers call its
// builders directly.
export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    clean: true,
    onSuccess: async () => {
      await Promise.all(['dist/index.js', 'dist/index.cjs'].map(markClient))
    },
  },
  { ...shared, entry: { 'index.server': 'src/index.server.ts' } },
])
