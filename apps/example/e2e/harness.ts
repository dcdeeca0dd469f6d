import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { startAppServer } from '../server/index.mjs'

export const appDir = join(dirname(fileURLToPath(import.meta.url)), '..')
export const distDir = join(appDir, 'dist')
export const screenshotDir = join(appDir, 'test-results', 'screenshots')

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags this machine's closed network needs (see the README's "Tests"). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/** Debian's Chromium, headless, with a fresh profile directory that is removed afterwards. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'monite-example-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1360, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  })
  return {
    context,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/**
 * `vite build` from inside Vitest: Vitest sets NODE_ENV=test, which would make a development
 * build (React's dev bundle, import.meta.env.DEV true); build as production like `pnpm build`.
 */
export async function buildApp(options: { outDir?: string } = {}): Promise<void> {
  const saved = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root: appDir,
      mode: 'production',
      logLevel: 'warn',
      build: options.outDir ? { outDir: options.outDir, emptyOutDir: true } : {},
    })
  } finally {
    process.env.NODE_ENV = saved
  }
}

export type AppServer = Awaited<ReturnType<typeof startAppServer>>

/** The app's own server on 127.0.0.1 and a port the OS picks. */
export function startServer(env: Record<string, string | undefined> = {}): Promise<AppServer> {
  return startAppServer({ port: 0, host: '127.0.0.1', distDir, env })
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false })
}

/** Collects page errors so a test can assert the console stayed clean. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  return errors
}
