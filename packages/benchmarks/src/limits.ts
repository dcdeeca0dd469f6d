// Bundle-size budgets (min + gzip, bytes), enforced by test/size.test.ts and reported by the bench.
//
// `goal` is what the kit promises (the figure). `limit` is what `pnpm test` enforces: the
// goal plus a little headroom, or, while an entry is still above its goal, a ratchet just above
// today's figure so that it can only shrink. Lower a ratchet to `goal + headroom` once the
// package meets its goal.
import {
  type BundleCase,
  clientEntry,
  clientWithFetchEntry,
  fakeWorldEntry,
  reactEntry,
  reactWithClientEntry,
} from './bundle'

export interface SizeBudget {
  entry: BundleCase
  /** Which workspace package must be built to measure it. */
  needs: 'client' | 'react' | 'fixtures'
  /** The target, in bytes (min + gzip). */
  goal: number
  /** What the test enforces, in bytes (min + gzip). */
  limit: number
  /** Why the limit is what it is. */
  note: string
}

const HEADROOM = 1.05

export const sizeBudgets: SizeBudget[] = [
  {
    // The 4 kB goal is for the kit's own code: openapi-fetch is a regular dependency that any
    // openapi-fetch user ships anyway, and it is measured (and budgeted) on its own line below.
    entry: clientEntry,
    needs: 'client',
    goal: 4000,
    // Met: 4.69 kB when the benchmarks landed, 4.38 kB after trimming the transport, the token
    // path and the operation table, 3.98 kB after the closure token manager, one retry-delay
    // function, the shared error helpers and the per-path operation table; 3.99 kB with the
    // helpers' direct send path (+0.14 kB, paid for by dropping unwrap, a per-path entity table
    // and shorter messages). Ratchet since #11 (hostile networks): whole-call deadlines over the
    // body, body failures retried, checked options (about 0.6 kB alone), missing-body checks,
    // bounded tokens, generation refresh and the token store took it to 4.72 kB; a trim brought
    // it to 4.39 kB. Reading the obsolete RFC 850 and asctime forms of Retry-After (RFC 9110
    // §5.6.7, which a recipient MUST accept) added 0.16 kB (4.55 kB); arrow-function internals,
    // one retry-options loop, shorter token, revoke and token-request reads took 0.05 kB back:
    // 4.50 kB. The spec's counterparts and payables (#15) add 9 paths to the generated
    // entity-scope table and `toMoniteApiError` became public (for the generic hooks): 4.60 kB.
    // #11 asks for 4.2 kB, not met: this limit sits just above today's figure so that it can
    // only shrink; back to goal + headroom once it is met.
    limit: 4610,
    note: 'goal 4 kB applies here (kit code only); #11 asks for at most 4.2 kB',
  },
  {
    entry: clientWithFetchEntry,
    needs: 'client',
    goal: 4000 + 2906,
    // Met: 6.94 kB when the benchmarks landed, 6.6 kB after the first trim, 6.25 kB now
    // (openapi-fetch 0.17 alone is 2.91 kB).
    limit: Math.round((4000 + 2906) * HEADROOM),
    note: 'what an app ships for the client: kit goal + openapi-fetch 0.17 (2.91 kB)',
  },
  {
    entry: reactEntry,
    needs: 'react',
    goal: 4000,
    // Ratchet: 3.82 kB met the goal until the cache engine became right under concurrency
    // (per-record optimistic patches over the newest server state, fetches reconciled when they
    // land, permissions from a consistent /me + /my_role pair, identity change on one entity):
    // 4.51 kB with it. Just above that figure so that it can only shrink; back to goal +
    // headroom once the hooks are under 4 kB again.
    // #15's generic layer (createMoniteHooks / createMoniteOptions, every operation of any
    // document) adds 1.11 kB on its own, and the one engine serving its keys 0.5 kB to the named
    // hooks: 6.14 kB; 6.00 kB once it builds its errors with the client's `toMoniteApiError`
    // (1.49 kB over the hooks before it). Ratchet just above that figure.
    limit: 6010,
    note: 'goal 4 kB applies here (hooks only; react, react-query and the client are peers)',
  },
  {
    entry: reactWithClientEntry,
    needs: 'react',
    goal: 4000 + 4000 + 2906,
    // Ratchet since #15's generic layer (see the react entry above) and the spec's second domain
    // (see the client entry): 12.36 kB; back to goal + headroom once the react entry is under
    // its goal again.
    limit: 12370,
    note: 'react + client + openapi-fetch, the kit as a React app ships it',
  },
  {
    // #16: the fake with its world, as a browser loads it (the world built ahead of time, no
    // faker, no MSW). Met: 21.3 kB when it landed, 40.8 kB with the document engine and its
    // default document; it was 328 kB (the example’s fake chunk with faker and MSW's worker).
    entry: fakeWorldEntry,
    needs: 'fixtures',
    goal: 100_000,
    limit: Math.round(100_000 * HEADROOM),
    note: 'goal 100 kB: the fake engine and a prebuilt world (#16); faker and msw are not in it',
  },
]

/**
 * The generic layer (#15) on top of the hooks: the react entry's size minus the same entry
 * without `createMoniteHooks` / `createMoniteOptions` (see `reactHooksOnlyEntry`).
 */
export const genericLayerBudget = {
  /** The target, in bytes (min + gzip). */
  goal: 1500,
  /** What the test enforces, in bytes (min + gzip). */
  limit: Math.round(1500 * HEADROOM),
  note: 'the generic layer on top of the hooks entry: #15 asks for at most 1.5 kB',
}
