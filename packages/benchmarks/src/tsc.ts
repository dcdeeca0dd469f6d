// `tsc --noEmit` of a folder, timed (wall and CPU) with its peak memory: the type-check rows.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { now } from './measure'

const require = createRequire(import.meta.url)

export interface TscResult {
  /** Wall time, ms. */
  ms: number
  /** CPU time (user + system) of the tsc process, ms, if known. */
  cpuMs: number | null
  /** Peak resident memory of the tsc process, in MB (from /usr/bin/time -v), if known. */
  rssMb: number | null
  /** tsc's own "Memory used" (heap), in MB. */
  heapMb: number | null
  ok: boolean
  errors: string
}

export function runTsc(dir: string): TscResult {
  const tsc = require.resolve('typescript/lib/tsc.js')
  const args = [tsc, '-p', join(dir, 'tsconfig.json'), '--extendedDiagnostics', '--pretty', 'false']
  const timeBin = '/usr/bin/time'
  const useTime = existsSync(timeBin)
  const start = now()
  const child = useTime
    ? spawnSync(timeBin, ['-v', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' })
  const ms = now() - start
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '')
  const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr ?? '')
  const system = /System time \(seconds\): ([\d.]+)/.exec(child.stderr ?? '')
  const heap = /Memory used:\s+(\d+)K/.exec(child.stdout ?? '')
  const errors = (child.stdout ?? '')
    .split('\n')
    .filter((line) => line.includes('error TS'))
    .slice(0, 3)
    .join('\n')
  return {
    ms,
    cpuMs: user && system ? (Number(user[1]) + Number(system[1])) * 1000 : null,
    rssMb: rss ? Number(rss[1]) / 1024 : null,
    heapMb: heap ? Number(heap[1]) / 1024 : null,
    ok: child.status === 0 && !errors,
    errors: errors || (child.status === 0 ? '' : (child.stderr ?? '').slice(0, 300)),
  }
}
