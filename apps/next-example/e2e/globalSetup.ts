import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { appDir, CHROMIUM, nextBin, nextEnv } from './harness'

/** The newest modification time of the app's sources and config. */
function newestSource(dir = appDir): number {
  let newest = 0
  for (const name of readdirSync(dir)) {
    if (['node_modules', '.next', 'e2e', 'test-results'].includes(name)) continue
    const path = join(dir, name)
    const info = statSync(path)
    newest = Math.max(newest, info.isDirectory() ? newestSource(path) : info.mtimeMs)
  }
  return newest
}

/**
 * The tests run against a production build (`next build`): turbo's `build` task made it before
 * `test`; it is rebuilt here when missing or older than the sources (a direct `vitest run`).
 */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  }
  const buildId = join(appDir, '.next/BUILD_ID')
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource()) return
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: appDir,
    env: nextEnv(),
    encoding: 'utf8',
    timeout: 600_000,
  })
  if (result.status !== 0) {
    throw new Error(`next build failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
}
