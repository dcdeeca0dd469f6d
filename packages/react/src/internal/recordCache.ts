import type { Query, QueryClient, QueryKey } from '@tanstack/react-query'

/**
 * @internal The cache engine: one per QueryClient, generic over resources. Each record a mutation
 * touched has a server base (the newest answer seen: `updated_at`, then a sequence number for ties
 * or absent timestamps) and the optimistic patches still in flight. Every cache entry holding the
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
  value?: Item
  time: number
  seq: number
  gone?: boolean
  patches: Map<number, Patch<Item>>
  /** Where an optimistic removal took the record out of each list (query hash → page, index). */
  at: Map<string, [number, number]>
}

interface Page {
  data: Item[]
}

let counter = 0
/** @internal A new sequence number (orders requests by when they were sent). */
export const nextSeq = (): number => ++counter
const stamps = new WeakMap<object, number>()
/** @internal Remembers when the request that answered `data` was sent. */
export const stamp = <T>(data: T, seq: number): T => {
  if (typeof data === 'object' && data) stamps.set(data, seq)
  return data
}

const isPage = (v: unknown): v is Page =>
  typeof v === 'object' && v !== null && Array.isArray((v as Page).data)
const pagesOf = (v: unknown): unknown[] | undefined =>
  typeof v === 'object' && v !== null && Array.isArray((v as { pages?: unknown }).pages)
    ? (v as { pages: unknown[] }).pages
    : isPage(v)
      ? [v]
      : undefined

const timeOf = (item: Item) => Date.parse(item.updated_at ?? '')
/**
 * `item` (from a request sent at `seq`) is newer than what `rec` holds: the later `updated_at`
 * when both are known and differ, otherwise the later request.
 */
const isNewer = (rec: Rec, item: Item, seq: number) => {
  if (rec.value === undefined) return true
  const t = timeOf(item)
  return t === t && rec.time === rec.time && t !== rec.time ? t > rec.time : seq > rec.seq
}

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
  const existing = engines.get(queryClient)
  if (existing) return existing
  const queryCache = queryClient.getQueryCache()
  const records = new Map<string, Rec>()
  /** The resources that have records: only their entries need reconciling. */
  const resources = new Set<CachedResource>()
  const started = new WeakMap<Query, number>()
  let ids = 0

  const rec = (res: CachedResource, baseUrl: string, id: string): Rec => {
    const key = `${baseUrl} ${res.name} ${id}`
    let r = records.get(key)
    if (!r) {
      r = { res, baseUrl, id, time: Number.NaN, seq: 0, patches: new Map(), at: new Map() }
      records.set(key, r)
      resources.add(res)
    }
    return r
  }
  const take = (r: Rec, item: Item, seq: number) => {
    if (isNewer(r, item, seq)) {
      r.value = item
      r.time = timeOf(item)
      r.seq = seq
    }
  }
  const shown = (r: Rec): Item | null | undefined =>
    r.gone
      ? null
      : r.value && [...r.patches.values()].reduce<Item | null>((v, p) => v && p(v), r.value)

  /** Shows the record in every entry of its resource that holds it (or held it). */
  const render = (r: Rec) => {
    const value = shown(r)
    if (value === undefined) return
    for (const query of queryCache.findAll({
      predicate: (q) => r.res.kind(q.queryKey, r.baseUrl) !== undefined,
    })) {
      const data = query.state.data
      if (r.res.kind(query.queryKey) === 'one') {
        if ((data as Item | undefined)?.id !== r.id) continue
        if (r.gone) queryCache.remove(query)
        else if (data !== (value ?? r.value))
          queryClient.setQueryData(query.queryKey, value ?? r.value)
        continue
      }
      const pages = pagesOf(data)
      if (!pages) continue
      let changed = false
      const next = pages.map((page, p) => {
        if (!isPage(page)) return page
        const i = page.data.findIndex((item) => item.id === r.id)
        const items = [...page.data]
        const at = r.at.get(query.queryHash)
        if (i < 0) {
          if (!value || at?.[0] !== p) return page
          items.splice(at[1], 0, value)
          r.at.delete(query.queryHash)
        } else if (value === null) {
          if (!r.gone) r.at.set(query.queryHash, [p, i])
          items.splice(i, 1)
        } else if (items[i] !== value) items[i] = value
        else return page
        changed = true
        return { ...page, data: items }
      })
      if (changed) {
        queryClient.setQueryData(
          query.queryKey,
          isPage(data) ? next[0] : { ...(data as object), pages: next },
        )
      }
    }
  }

  /** A fetch landed: newer copies become the base, older ones give way; patches apply again. */
  const land = (query: Query) => {
    const seq = started.get(query) ?? 0
    for (const res of resources) {
      const kind = res.kind(query.queryKey)
      if (!kind) continue
      const baseUrl = query.queryKey[1] as string
      const data = query.state.data
      const items =
        kind === 'one'
          ? [data as Item]
          : (pagesOf(data) ?? []).flatMap((p) => (isPage(p) ? p.data : []))
      for (const r of records.values()) if (r.res === res) r.at.delete(query.queryHash)
      for (const item of items) {
        const r = item && records.get(`${baseUrl} ${res.name} ${item.id}`)
        if (!r) continue
        take(r, item, seq)
        render(r)
      }
    }
  }

  queryCache.subscribe((event) => {
    if (event.type !== 'updated') return
    const { query, action } = event
    if (action.type === 'fetch') started.set(query, nextSeq())
    else if (
      action.type === 'success' &&
      !action.manual &&
      queryCache.get(query.queryHash) === query
    )
      land(query)
  })

  const engine: RecordCache = {
    patch(res, baseUrl, id, patch) {
      const r = rec(res, baseUrl, id)
      if (!r.value) {
        // Nothing in flight for it yet: the cached copies are server state; take the newest.
        for (const [, data] of queryClient.getQueriesData({
          predicate: (q) => res.kind(q.queryKey, baseUrl) !== undefined,
        })) {
          const items = (pagesOf(data) ?? [data]).flatMap((p) => (isPage(p) ? p.data : [p as Item]))
          for (const item of items) if (item?.id === id) take(r, item, 0)
        }
      }
      const n = ++ids
      r.patches.set(n, patch as unknown as Patch<Item>)
      render(r)
      return () => {
        if (r.patches.delete(n)) render(r)
      }
    },
    write(res, baseUrl, item) {
      const r = rec(res, baseUrl, item.id)
      take(r, item, stamps.get(item) ?? nextSeq())
      render(r)
      return (shown(r) ?? item) as typeof item
    },
    forget(res, baseUrl, id) {
      const r = rec(res, baseUrl, id)
      r.gone = true
      r.at.clear()
      render(r)
    },
  }
  engines.set(queryClient, engine)
  return engine
}
