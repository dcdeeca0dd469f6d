import type { Query, QueryClient, QueryKey } from '@tanstack/react-query'

/**
 * @internal The cache engine: one per QueryClient, generic over resources. Each record a mutation
 * touched has a server base (the newest state seen: a read sent after the base arrived is newer;
 * otherwise the later `updated_at`, then the later request for ties or absent timestamps) and the
 * optimistic patches still in flight. Every cache entry holding the
 * record (detail entries, list pages, aliases such as `/me`) shows the patches applied over the
 * base, so a rollback removes only its own patch; a fetch that lands is reconciled at once (an
 * older copy gives way to the base, the patches are applied again), so no fetch is ever cancelled.
 */

/** @internal What a query key holds for a resource: one record, a list (page or pages), or nothing. */
export type EntryKind = 'one' | 'list' | undefined

/** @internal A kind of record the engine keeps (entity users, roles, …). */
export interface CachedResource {
  /** Unique name; records are keyed by base URL, name and id. */
  readonly name: string
  /** What `key` (of the host `baseUrl`, or of any host when omitted) holds for this resource. */
  kind(key: QueryKey, baseUrl?: string): EntryKind
}

/** @internal A record with an id and, usually, Monite's `updated_at`. */
export interface Item {
  id: string
  updated_at?: string
}

/** @internal An optimistic change: the next value, or `null` when the change removes the record. */
export type Patch<T> = (item: T) => T | null

interface Rec {
  res: CachedResource
  baseUrl: string
  id: string
  /** The newest server state seen and its `updated_at` (ms). */
  value?: Item
  time: number
  /** When its request was sent, and when it arrived (sequence numbers). */
  sent: number
  arrived: number
  /** Deleted: only a read sent after the deletion's answer brings it back. */
  gone?: boolean
  patches: Map<number, Patch<Item>>
  /** The lists an optimistic removal took the record out of: query hash → page. */
  at: Map<string, number>
}

type Page = { data: Item[] }

/** Sequence numbers order requests and answers: a fetch's is taken when it starts. */
let seqs = 0
/** @internal A new sequence number. */
export const nextSeq = (): number => ++seqs
const stamps = new WeakMap<object, number>()
/** @internal Remembers that `answer` comes from a request sent at `sent`. */
export const stamp = <T>(answer: T, sent: number): T => {
  if (answer && typeof answer === 'object') stamps.set(answer, sent)
  return answer
}

const isPage = (v: unknown): v is Page => Array.isArray((v as Page | undefined)?.data)
/** The pages of a list entry (one page, or TanStack's infinite `{ pages }`). */
const pagesOf = (v: unknown): unknown[] =>
  isPage(v) ? [v] : ((v as { pages?: unknown[] } | undefined)?.pages ?? [])
/** The records an entry holds. */
const itemsOf = (kind: EntryKind, v: unknown): Item[] =>
  kind === 'one' ? [v as Item] : pagesOf(v).flatMap((p) => (isPage(p) ? p.data : []))

/** @internal The engine of one QueryClient. */
export interface RecordCache {
  /** Applies `patch` to the record everywhere it is cached; returns the undo (idempotent). */
  patch<T extends Item>(
    res: CachedResource,
    baseUrl: string,
    id: string,
    patch: Patch<T>,
  ): () => void
  /**
   * Takes a record Monite returned (ignored when older than what is known) and shows it; returns
   * what is shown (the newest server state with the patches still in flight).
   */
  write<T extends Item>(res: CachedResource, baseUrl: string, item: T): T
  /** The record was deleted: it leaves every entry. */
  forget(res: CachedResource, baseUrl: string, id: string): void
}

const engines = new WeakMap<QueryClient, RecordCache>()

/** @internal The engine of `queryClient` (created, and listening to its cache, on first use). */
export function recordCache(queryClient: QueryClient): RecordCache {
  let engine = engines.get(queryClient)
  if (engine) return engine
  const queryCache = queryClient.getQueryCache()
  const records = new Map<string, Rec>()
  /** The resources that have records: only their entries need reconciling. */
  const resources = new Set<CachedResource>()
  const started = new WeakMap<Query, number>()
  /** Server order of the ids of each list a removal is pending in: query hash → ids per page. */
  const orders = new Map<string, string[][]>()
  let patches = 0

  const rec = (res: CachedResource, baseUrl: string, id: string) => {
    const key = `${baseUrl} ${res.name} ${id}`
    let r = records.get(key)
    if (!r) {
      r = { res, baseUrl, id, time: 0, sent: 0, arrived: 0, patches: new Map(), at: new Map() }
      records.set(key, r)
      resources.add(res)
    }
    return r
  }
  /**
   * Keeps `item`, from a request sent at `sent`, when it is newer than what `r` holds: a request
   * sent after that arrived reads at least as new a state; one sent before (concurrent with it)
   * is newer when its `updated_at` is later, or on a tie (or a timestamp missing) when it was
   * sent later. A deleted record only comes back through a read sent after the deletion.
   */
  const take = (r: Rec, item: Item, sent: number) => {
    const t = Date.parse(item.updated_at ?? '')
    // NaN (a timestamp missing) or 0 (a tie) falls through to the sequence numbers.
    if (
      r.gone ? sent > r.arrived : !r.value || sent > r.arrived || (t - r.time || sent - r.sent) > 0
    ) {
      Object.assign(r, { value: item, time: t, sent, arrived: ++seqs, gone: false })
    }
  }
  /** The server state with the patches in flight; `null` once removed, `undefined` if unknown. */
  const shown = (r: Rec) =>
    r.gone
      ? null
      : r.value && [...r.patches.values()].reduce<Item | null>((v, p) => v && p(v), r.value)

  /** Shows the record in every entry of its resource that holds it (or held it). */
  const render = (r: Rec) => {
    const queries = queryCache.findAll({ predicate: (q) => !!r.res.kind(q.queryKey, r.baseUrl) })
    // Nothing known yet (a first patch): the cached copies are server state; the newest is the base.
    if (!r.value) {
      for (const q of queries) {
        for (const item of itemsOf(r.res.kind(q.queryKey), q.state.data)) {
          if (item?.id === r.id) take(r, item, 0)
        }
      }
    }
    const value = shown(r)
    if (value === undefined) return
    for (const query of queries) {
      const { queryKey, queryHash } = query
      const data = query.state.data
      if (r.res.kind(queryKey) === 'one') {
        if ((data as Item | undefined)?.id !== r.id) continue
        // A pending removal leaves the detail alone; a done one drops it.
        if (r.gone) queryCache.remove(query)
        else if (data !== (value ?? r.value)) queryClient.setQueryData(queryKey, value ?? r.value)
        continue
      }
      let changed = false
      const pages = pagesOf(data).map((page, p) => {
        if (!isPage(page)) return page
        const items = [...page.data]
        const i = items.findIndex((item) => item.id === r.id)
        if (i < 0) {
          if (!value || r.at.get(queryHash) !== p) return page
          // Back after the nearest record that precedes it in the server's order.
          const order = orders.get(queryHash)?.[p] ?? []
          let k = order.indexOf(r.id)
          let j = 0
          while (!j && k-- > 0) j = items.findIndex((item) => item.id === order[k]) + 1
          items.splice(j, 0, value)
          r.at.delete(queryHash)
        } else if (value === null) {
          if (!r.gone) {
            r.at.set(queryHash, p)
            if (!orders.has(queryHash)) {
              orders.set(
                queryHash,
                pagesOf(data).map((pg) => (isPage(pg) ? pg.data.map((item) => item.id) : [])),
              )
            }
          }
          items.splice(i, 1)
        } else if (items[i] !== value) items[i] = value
        else return page
        changed = true
        return { ...page, data: items }
      })
      if (changed) {
        queryClient.setQueryData(queryKey, isPage(data) ? pages[0] : { ...(data as object), pages })
      }
    }
  }

  queryCache.subscribe((event) => {
    if (event.type !== 'updated') return
    const { query, action } = event
    if (action.type === 'fetch') started.set(query, ++seqs)
    if (action.type !== 'success' || action.manual || queryCache.get(query.queryHash) !== query)
      return
    // A fetch landed: newer copies become the base, older ones give way, patches apply again.
    for (const res of resources) {
      const kind = res.kind(query.queryKey)
      if (!kind) continue
      orders.delete(query.queryHash)
      for (const r of records.values()) r.at.delete(query.queryHash)
      for (const item of itemsOf(kind, query.state.data)) {
        const r = records.get(`${query.queryKey[1]} ${res.name} ${item?.id}`)
        if (!r) continue
        take(r, item, started.get(query) ?? 0)
        render(r)
      }
    }
  })

  engine = {
    patch(res, baseUrl, id, patch) {
      const r = rec(res, baseUrl, id)
      const n = ++patches
      r.patches.set(n, patch as unknown as Patch<Item>)
      render(r)
      return () => {
        if (r.patches.delete(n)) render(r)
      }
    },
    write(res, baseUrl, item) {
      const r = rec(res, baseUrl, item.id)
      take(r, item, stamps.get(item) ?? seqs)
      render(r)
      return (shown(r) ?? item) as typeof item
    },
    forget(res, baseUrl, id) {
      const r = rec(res, baseUrl, id)
      r.gone = true
      r.arrived = ++seqs
      r.at.clear()
      render(r)
    },
  }
  engines.set(queryClient, engine)
  return engine
}
