import type { MoniteCallOptions } from './clientOptions'
import { MoniteClientError } from './errors'

/** A page of a Monite list: `data` plus cursors. */
export interface MonitePage<T> {
  data: T[]
  next_pagination_token?: string | null
  prev_pagination_token?: string | null
}

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** Stop after this many pages. Default: no limit. */
  maxPages?: number
}

/**
 * Iterates over every page of a Monite list, following `next_pagination_token`. The first
 * request carries `query`; the following ones carry only `pagination_token` (Monite ignores the
 * other parameters when a token is sent: the token carries them).
 *
 * @example
 * ```ts
 * for await (const page of paginate((q) => client.roles.list(q), { limit: 50 })) {
 *   console.log(page.data.length)
 * }
 * ```
 */
export async function* paginate<T, Q extends object, P extends MonitePage<T> = MonitePage<T>>(
  fetchPage: (query: Q | { pagination_token: string }) => Promise<P>,
  query?: Q,
  options: PaginateOptions = {},
): AsyncGenerator<P, void, undefined> {
  const seen = new Set<string>()
  let next: Q | { pagination_token: string } = query ?? ({} as Q)
  for (let left = options.maxPages ?? Infinity; left-- > 0; ) {
    const page = await fetchPage(next)
    yield page
    const token = page.next_pagination_token
    if (!token) return
    if (seen.has(token)) {
      throw new MoniteClientError(
        'invalid_response',
        `Pagination loop: next_pagination_token ${token} again`,
      )
    }
    seen.add(token)
    next = { pagination_token: token }
  }
}

/**
 * Iterates over every item of a Monite list across all pages.
 *
 * @example
 * ```ts
 * const all = []
 * for await (const user of listAll((q) => client.entityUsers.list(q), { status: 'active' })) {
 *   all.push(user)
 * }
 * ```
 */
export async function* listAll<T, Q extends object>(
  fetchPage: (query: Q | { pagination_token: string }) => Promise<MonitePage<T>>,
  query?: Q,
  options?: PaginateOptions,
): AsyncGenerator<T, void, undefined> {
  for await (const page of paginate(fetchPage, query, options)) yield* page.data
}

/** `list`, `pages` and `listAll` of a paginated Monite resource. */
export interface MoniteListMethods<Q, P extends MonitePage<unknown>> {
  /** One page. */
  list(query?: Q, options?: MoniteCallOptions): Promise<P>
  /** Every page, following `next_pagination_token`. */
  pages(
    query?: Q,
    options?: MoniteCallOptions & PaginateOptions,
  ): AsyncGenerator<P, void, undefined>
  /** Every item across all pages. */
  listAll(
    query?: Q,
    options?: MoniteCallOptions & PaginateOptions,
  ): AsyncGenerator<P['data'][number], void, undefined>
}
