// Bundle size (min + gzip, esbuild) of the kit's entries and of openapi-fetch,
// openapi-react-query and the clients hey-api and orval generate, measured the same way.
import { join } from 'node:path'
import {
  type BundleCase,
  clientEntry,
  clientTypicalApp,
  clientWithFetchEntry,
  fakeFakerWorkerEntry,
  fakeWorldEntry,
  fakeWorldMswEntry,
  fakeWorldWorkerEntry,
  kB,
  measureBundle,
  openapiFetchEntry,
  openapiFetchTypicalApp,
  openapiReactQueryEntry,
  openapiReactQueryTypicalApp,
  openapiReactQueryWithFetchEntry,
  reactEntry,
  reactHooksOnlyEntry,
  reactPeers,
  reactTypicalApp,
  reactWithClientEntry,
} from '../bundle'
import { type Competitors, generateCompetitors } from '../competitors'
import { genericLayerBudget, sizeBudgets } from '../limits'
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
  // hey-api's, orval's and kubb's clients and TanStack Query hooks, generated once for the client
  // and the React rows. Their clients do not fetch or cache tokens, retry or type their errors;
  // the kit's figures include all of that.
  const generated = isBuilt('client')
    ? await generateCompetitors('https://api.example.com/v1', { react: true })
    : null
  try {
    await addTheRest(generated)
  } finally {
    await generated?.cleanup()
  }
  // #16: the fake with its world in a browser, against what the example shipped before.
  if (isBuilt('fixtures')) {
    await add(fakeFakerWorkerEntry, null)
    for (const c of [fakeWorldEntry, fakeWorldMswEntry, fakeWorldWorkerEntry]) {
      await add(c, fakeFakerWorkerEntry)
    }
  } else {
    skipped.push({ group, reason: '@monite-kit/fixtures has no dist/; its sizes are skipped.' })
  }
  return { rows, skipped }

  /** Every row after openapi-fetch's: the kit's, the generated clients', the React ones. */
  async function addTheRest(generated: Competitors | null) {
    if (generated) {
      await add(clientEntry, openapiFetchEntry)
      await add(clientWithFetchEntry, openapiFetchEntry)
      await add(clientTypicalApp, openapiFetchTypicalApp)
      // Generated clients: all 16 operations, and the same typical call.
      {
        const heyApi = JSON.stringify(join(generated.heyApiDir, 'sdk.gen.ts'))
        const heyApiClient = JSON.stringify(join(generated.heyApiDir, 'client.gen.ts'))
        const orval = JSON.stringify(generated.orvalFile)
        const kubbClients = JSON.stringify(join(generated.kubbDir, 'clients/index.ts'))
        const kubbFetch = JSON.stringify(join(generated.kubbDir, '.kubb/fetch.ts'))
        const cases: [BundleCase, BundleCase][] = [
          [
            {
              short: 'hey-api SDK',
              name: `${generated.heyApiLabel}: generated SDK + client-fetch, all operations`,
              code: `export * from ${heyApi}\nexport { client } from ${heyApiClient}`,
              external: [],
            },
            clientWithFetchEntry,
          ],
          [
            {
              short: 'orval client',
              name: `${generated.orvalLabel}: generated fetch client, all operations`,
              code: `export * from ${orval}`,
              external: [],
            },
            clientWithFetchEntry,
          ],
          [
            {
              short: 'kubb clients',
              name: `${generated.kubbLabel}: generated fetch clients, all operations`,
              code: `export * from ${kubbClients}\nexport { setConfig } from ${kubbFetch}`,
              external: [],
            },
            clientWithFetchEntry,
          ],
          [
            {
              short: 'hey-api typical app',
              name: `typical app: ${generated.heyApiLabel} getEntityUsers, token from a callback`,
              code: `import { client } from ${heyApiClient}
import { getEntityUsers } from ${heyApi}
client.setConfig({ baseUrl: 'https://api.example.com/v1', auth: () => fetch('/token').then((r) => r.text()) })
getEntityUsers({ query: { limit: 10 } } as never).then(({ data }) => console.log(data))`,
              external: [],
            },
            clientTypicalApp,
          ],
          [
            {
              short: 'orval typical app',
              name: `typical app: ${generated.orvalLabel} getEntityUsers, headers by hand`,
              code: `import { getEntityUsers } from ${orval}
getEntityUsers({ limit: 10 }, { headers: { authorization: 'Bearer t', 'x-monite-version': '2024-05-25' } }).then((r) => console.log(r.data))`,
              external: [],
            },
            clientTypicalApp,
          ],
          [
            {
              short: 'kubb typical app',
              name: `typical app: ${generated.kubbLabel} getEntityUsers, headers set once`,
              code: `import { setConfig } from ${kubbFetch}
import { getEntityUsers } from ${kubbClients}
setConfig({ baseURL: 'https://api.example.com/v1', headers: { authorization: 'Bearer t', 'x-monite-version': '2024-05-25' } })
getEntityUsers({} as never, { limit: 10 }).then((data) => console.log(data))`,
              external: [],
            },
            clientTypicalApp,
          ],
        ]
        for (const [c, baseline] of cases) await add(c, baseline)
      }
    } else {
      skipped.push({ group, reason: '@monite-kit/client has no dist/; run `pnpm build` first.' })
    }
    await add(openapiReactQueryEntry, null)
    await add(openapiReactQueryWithFetchEntry, openapiReactQueryEntry)
    await add(openapiReactQueryTypicalApp, openapiReactQueryEntry)
    if (isBuilt('react') && generated) {
      await add(reactEntry, openapiReactQueryEntry)
      {
        // The generic layer: the react entry minus the same entry without it.
        const hooksOnly = reactHooksOnlyEntry()
        const [all, without] = [await size(reactEntry), await size(hooksOnly)]
        const layer = all.gzip - without.gzip
        rows.push({
          group,
          name: '@monite-kit/react generic layer (createMoniteHooks + createMoniteOptions) on top of the hooks entry',
          value: `${kB(layer)} (min ${kB(all.min - without.min)})`,
          ratio: all.gzip / without.gzip,
          baseline: hooksOnly.short,
          goal: `≤ ${kB(genericLayerBudget.goal)} (test limit ${kB(genericLayerBudget.limit)})`,
          met: layer <= genericLayerBudget.goal,
        })
      }
      await add(reactWithClientEntry, openapiReactQueryWithFetchEntry)
      await add(reactTypicalApp, openapiReactQueryTypicalApp)
      // The TanStack Query hooks hey-api, orval and kubb generate: all operations, and the typical
      // app's two hooks (the users list and user creation) with the client configured.
      {
        const q = (path: string) => JSON.stringify(path)
        const heyApiHooks = q(join(generated.heyApiDir, '@tanstack/react-query.gen.ts'))
        const heyApiClient = q(join(generated.heyApiDir, 'client.gen.ts'))
        const orvalHooks = q(generated.orvalReactFile ?? '')
        const kubbHooks = q(join(generated.kubbDir, 'hooks/index.ts'))
        const kubbFetch = q(join(generated.kubbDir, '.kubb/fetch.ts'))
        const heyApiSetup = `client.setConfig({ baseUrl: 'https://api.example.com/v1', auth: () => fetch('/token').then((r) => r.text()) })`
        const kubbSetup = `setConfig({ baseURL: 'https://api.example.com/v1', headers: { authorization: 'Bearer t' } })`
        const cases: [BundleCase, BundleCase][] = [
          [
            {
              short: 'hey-api react-query',
              name: `${generated.heyApiLabel}: generated TanStack Query options + SDK + client-fetch, all operations (react, react-query external)`,
              code: `export * from ${heyApiHooks}\nexport { client } from ${heyApiClient}`,
              external: reactPeers,
            },
            reactWithClientEntry,
          ],
          [
            {
              short: 'orval react-query',
              name: `${generated.orvalLabel}: generated react-query hooks (fetch), all operations (react, react-query external)`,
              code: `export * from ${orvalHooks}`,
              external: reactPeers,
            },
            reactWithClientEntry,
          ],
          [
            {
              short: 'kubb react-query',
              name: `${generated.kubbLabel}: generated react-query hooks (fetch), all operations (react, react-query external)`,
              code: `export * from ${kubbHooks}\nexport { setConfig } from ${kubbFetch}`,
              external: reactPeers,
            },
            reactWithClientEntry,
          ],
          [
            {
              short: 'hey-api React app',
              name: `typical React app: ${generated.heyApiLabel} users list + create user hooks, token from a callback`,
              code: `import { useMutation, useQuery } from '@tanstack/react-query'
import { client } from ${heyApiClient}
import { getEntityUsersOptions, postEntityUsersMutation } from ${heyApiHooks}
${heyApiSetup}
export const useUsers = () => useQuery(getEntityUsersOptions({ query: { limit: 10 } } as never))
export const useCreateUser = () => useMutation(postEntityUsersMutation())`,
              external: reactPeers,
            },
            reactTypicalApp,
          ],
          [
            {
              short: 'orval React app',
              name: `typical React app: ${generated.orvalLabel} users list + create user hooks, headers by hand`,
              code: `export { useGetEntityUsers, usePostEntityUsers } from ${orvalHooks}`,
              external: reactPeers,
            },
            reactTypicalApp,
          ],
          [
            {
              short: 'kubb React app',
              name: `typical React app: ${generated.kubbLabel} users list + create user hooks, headers set once`,
              code: `import { setConfig } from ${kubbFetch}
${kubbSetup}
export { useGetEntityUsers, usePostEntityUsers } from ${kubbHooks}`,
              external: reactPeers,
            },
            reactTypicalApp,
          ],
        ]
        for (const [c, baseline] of cases) await add(c, baseline)
      }
    } else {
      skipped.push({ group, reason: '@monite-kit/react has no dist/; its sizes are skipped.' })
    }
  }
}
