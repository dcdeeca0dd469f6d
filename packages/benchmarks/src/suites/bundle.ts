// Bundle size (min + gzip, esbuild) of the kit's entries and of openapi-fetch and
// openapi-react-query measured the same way.
import {
  type BundleCase,
  clientEntry,
  clientTypicalApp,
  clientWithFetchEntry,
  kB,
  measureBundle,
  openapiFetchEntry,
  openapiFetchTypicalApp,
  openapiReactQueryEntry,
  openapiReactQueryTypicalApp,
  openapiReactQueryWithFetchEntry,
  reactEntry,
  reactTypicalApp,
  reactWithClientEntry,
} from '../bundle'
import { sizeBudgets } from '../limits'
import { isBuilt } from '../paths'
import type { Row, Skipped } from '../report'

export async function bundleBenchmarks(): Promise<{ rows: Row[]; skipped: Skipped[] }> {
  const group = 'Bundle size (min + gzip, esbuild)'
  const rows: Row[] = []
  const skipped: Skipped[] = []
  const sizes = new Map<BundleCase, { min: number; gzip: number }>()
  const size = async (c: BundleCase) => {
    let s = sizes.get(c)
    if (!s) {
      s = await measureBundle(c)
      sizes.set(c, s)
    }
    return s
  }
  const add = async (c: BundleCase, baseline: BundleCase | null) => {
    const s = await size(c)
    const b = baseline ? await size(baseline) : s
    const budget = sizeBudgets.find((x) => x.entry === c)
    const row: Row = {
      group,
      name: c.name,
      value: `${kB(s.gzip)} (min ${kB(s.min)})`,
      ratio: s.gzip / b.gzip,
      baseline: baseline ? baseline.short : 'itself',
    }
    if (budget) {
      row.goal = `≤ ${kB(budget.goal)} (test limit ${kB(budget.limit)})`
      row.met = s.gzip <= budget.goal
    }
    rows.push(row)
  }

  await add(openapiFetchEntry, null)
  await add(openapiFetchTypicalApp, openapiFetchEntry)
  if (isBuilt('client')) {
    await add(clientEntry, openapiFetchEntry)
    await add(clientWithFetchEntry, openapiFetchEntry)
    await add(clientTypicalApp, openapiFetchTypicalApp)
  } else {
    skipped.push({ group, reason: '@monite-kit/client has no dist/; run `pnpm build` first.' })
  }
  await add(openapiReactQueryEntry, null)
  await add(openapiReactQueryWithFetchEntry, openapiReactQueryEntry)
  await add(openapiReactQueryTypicalApp, openapiReactQueryEntry)
  if (isBuilt('react') && isBuilt('client')) {
    await add(reactEntry, openapiReactQueryEntry)
    await add(reactWithClientEntry, openapiReactQueryWithFetchEntry)
    await add(reactTypicalApp, openapiReactQueryTypicalApp)
  } else {
    skipped.push({ group, reason: '@monite-kit/react has no dist/; its sizes are skipped.' })
  }
  return { rows, skipped }
}
