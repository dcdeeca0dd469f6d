// The example app in fake mode, as a browser gets it (#16): its real `vite build` (sizes of the
// fake chunk, min / gzip / brotli, against the app's main chunk) and the time until the users
// page shows in Chromium, first visit and repeat visit, against DOMContentLoaded of the same
// load. The build goes to a temporary folder; a small static server serves it (no /api, so the
// app is in fake mode).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { kB } from '../bundle'
import { fmtMs, median } from '../measure'
import { repoRoot } from '../paths'
import type { Row, Skipped } from '../report'

const exampleDir = join(repoRoot, 'apps/example')
const vite = join(exampleDir, 'node_modules/.bin/vite')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** Fresh browser profiles (first visits); each also gives `REPEATS` repeat visits. */
const PROFILES = 7
const REPEATS = 2
const GOAL = 100_000

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
}

/** Serves `dir`: files as they are, /api/* 404 (so: fake mode), anything else index.html. */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    if (path.startsWith('/api/')) {
      res.writeHead(404).end()
      return
    }
    const file = join(dir, path)
    const target = file.startsWith(dir) && extname(path) ? file : join(dir, 'index.html')
    try {
      const body = await readFile(target)
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, server }
}

/** In the page: when the users page first shows its count ("24 users"). */
function watchUsers() {
  const observer = new MutationObserver(() => {
    const count = document.querySelector('[data-testid="users-count"]')
    if (count && /\d+ users/.test(count.textContent ?? '')) {
      ;(window as unknown as { __usersAt: number }).__usersAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { subtree: true, childList: true, characterData: true })
}

/** [users shown, DOMContentLoaded] in ms since navigation start, per load. */
async function timeLoads(url: string): Promise<{ first: number[][]; repeat: number[][] }> {
  const first: number[][] = []
  const repeat: number[][] = []
  for (let p = 0; p < PROFILES; p++) {
    const profile = await mkdtemp(join(tmpdir(), 'monite-bench-chromium-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
    })
    try {
      await context.addInitScript(watchUsers)
      for (let visit = 0; visit <= REPEATS; visit++) {
        const page = await context.newPage()
        await page.goto(`${url}/users`)
        await page.waitForFunction(() => '__usersAt' in window, null, { timeout: 60_000 })
        const times = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
          return [
            (window as unknown as { __usersAt: number }).__usersAt,
            nav.domContentLoadedEventEnd,
          ]
        })
        ;(visit === 0 ? first : repeat).push(times)
        await page.close()
      }
    } finally {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    }
  }
  return { first, repeat }
}

export async function exampleBenchmarks(): Promise<{ rows: Row[]; skipped: Skipped[] }> {
  const group = 'Example app, fake mode (vite build, Chromium)'
  if (!existsSync(vite)) {
    return { rows: [], skipped: [{ group, reason: `no Vite at ${vite} (pnpm install first)` }] }
  }
  const outDir = await mkdtemp(join(tmpdir(), 'monite-bench-example-'))
  try {
    // The example's own build: its Vite config builds the demo world ahead of time.
    await promisify(execFile)(vite, ['build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: exampleDir,
      env: { ...process.env, NODE_ENV: 'production' },
    })
    const assets = await readdir(join(outDir, 'assets'))
    const sizeOf = async (prefix: string) => {
      const name = assets.find((a) => a.startsWith(prefix) && a.endsWith('.js'))
      if (!name) throw new Error(`vite build wrote no ${prefix}*.js (assets: ${assets.join(', ')})`)
      const bytes = await readFile(join(outDir, 'assets', name))
      return {
        min: bytes.byteLength,
        gzip: gzipSync(bytes, { level: 9 }).byteLength,
        brotli: brotliCompressSync(bytes).byteLength,
      }
    }
    const main = await sizeOf('index-')
    const fake = await sizeOf('fake-')
    const sizeText = (s: typeof main) =>
      `${kB(s.gzip)} gzip (min ${kB(s.min)}, brotli ${kB(s.brotli)})`
    const rows: Row[] = [
      {
        group,
        name: 'main chunk (the app: React, the client, the UI)',
        value: sizeText(main),
        ratio: 1,
        baseline: 'itself',
      },
      {
        group,
        name: 'fake chunk: the fake and its world, loaded only in fake mode',
        value: sizeText(fake),
        ratio: fake.gzip / main.gzip,
        baseline: 'main chunk',
        goal: `≤ ${kB(GOAL)} gzip`,
        met: fake.gzip <= GOAL,
      },
    ]
    if (!existsSync(CHROMIUM)) {
      return { rows, skipped: [{ group, reason: `no Chromium at ${CHROMIUM}: no timings` }] }
    }
    const { url, server } = await serve(outDir)
    try {
      const { first, repeat } = await timeLoads(url)
      const timing = (name: string, loads: number[][]): Row => {
        const users = median(loads.map((l) => l[0] as number))
        const ready = median(loads.map((l) => l[1] as number))
        return {
          group,
          name: `${name}: until the users page shows (median of ${loads.length})`,
          value: fmtMs(users),
          ratio: users / ready,
          baseline: `DOMContentLoaded, same loads (${fmtMs(ready)})`,
        }
      }
      rows.push(timing('first visit, fresh profile', first), timing('repeat visit', repeat))
    } finally {
      server.close()
    }
    return { rows, skipped: [] }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
