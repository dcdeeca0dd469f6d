// Bundle-size limits: each entry is bundled with esbuild (minified, browser, ESM) and gzipped with
// node:zlib; budgets live in src/limits.ts. This is a size check, not a timing.
import { describe, expect, it } from 'vitest'
import { kB, measureBundle, reactEntry, reactHooksOnlyEntry } from '../src/bundle'
import { genericLayerBudget, sizeBudgets } from '../src/limits'
import { isBuilt } from '../src/paths'

describe('bundle size (min + gzip)', () => {
  for (const budget of sizeBudgets) {
    const built = isBuilt(budget.needs)
    const title = `${budget.entry.name} ≤ ${kB(budget.limit)}`
    it.skipIf(!built)(title, async () => {
      const size = await measureBundle(budget.entry)
      const status = size.gzip <= budget.goal ? 'goal met' : `goal ${kB(budget.goal)} NOT met`
      console.info(`${budget.entry.name}: ${kB(size.gzip)} (min ${kB(size.min)}), ${status}`)
      expect(size.gzip, `${budget.entry.name}: ${budget.note}`).toBeLessThanOrEqual(budget.limit)
    })
    if (!built) {
      it.skip(`${title}: @monite-kit/${budget.needs} has no dist/ (build it first)`, () => {})
    }
  }

  it.skipIf(!isBuilt('react'))(
    `the generic layer on top of the hooks entry ≤ ${kB(genericLayerBudget.limit)}`,
    async () => {
      const all = await measureBundle(reactEntry)
      const without = await measureBundle(reactHooksOnlyEntry())
      const layer = all.gzip - without.gzip
      console.info(`generic layer: ${kB(layer)} (${kB(without.gzip)} → ${kB(all.gzip)})`)
      expect(layer).toBeGreaterThan(0)
      expect(layer, genericLayerBudget.note).toBeLessThanOrEqual(genericLayerBudget.limit)
    },
  )
})
