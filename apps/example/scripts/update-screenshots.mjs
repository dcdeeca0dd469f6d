// Refreshes docs/screenshots/*.png (linked from the README) from the browser tests' artifacts:
// runs the e2e suite, which saves test-results/screenshots/*.png, then copies the main screens.
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const from = join(appDir, 'test-results', 'screenshots')
const to = join(appDir, 'docs', 'screenshots')

export const SCREENS = [
  'users',
  'user-form-422',
  'user-delete-confirm',
  'roles',
  'role-editor',
  'role-in-use-409',
  'act-as-read-only',
  'profile',
  'users-390',
]

await rm(from, { recursive: true, force: true })
const run = spawnSync('pnpm', ['exec', 'vitest', 'run', '--project', 'e2e'], {
  cwd: appDir,
  stdio: 'inherit',
})
if (run.status !== 0) process.exit(run.status ?? 1)

await mkdir(to, { recursive: true })
const available = new Set(await readdir(from))
for (const name of SCREENS) {
  if (!available.has(`${name}.png`)) throw new Error(`test-results has no ${name}.png`)
  await copyFile(join(from, `${name}.png`), join(to, `${name}.png`))
  console.log(`docs/screenshots/${name}.png`)
}
