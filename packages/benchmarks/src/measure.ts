// Small timing helpers. All loops are bounded by a count; nothing runs open-ended.
import { performance } from 'node:perf_hooks'

export const now = () => performance.now()

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Runs `fn` `count` times, one after another; returns the elapsed ms. */
/** The median time of `reps` sequential runs of `fn` (given the run's index), in ms. */
export async function medianOf(reps: number, fn: (i: number) => unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < reps; i++) {
    const start = now()
    await fn(i)
    times.push(now() - start)
  }
  return median(times)
}

export async function timeSequential(count: number, fn: (i: number) => Promise<unknown>) {
  const start = now()
  for (let i = 0; i < count; i++) await fn(i)
  return now() - start
}

/** Times a synchronous function once; returns the elapsed ms. */
export function timeSync<T>(fn: () => T): { ms: number; result: T } {
  const start = now()
  const result = fn()
  return { ms: now() - start, result }
}

export const fmtMs = (ms: number) =>
  ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 10
      ? `${ms.toFixed(1)} ms`
      : `${ms.toFixed(2)} ms`
export const fmtUs = (us: number) => `${us.toFixed(1)} µs`
