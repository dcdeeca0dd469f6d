import type { Call } from '../call'
import type { MoniteCallOptions } from '../clientOptions'
import type { paths } from '../generated/monite'
import {
  listAll,
  type MoniteListMethods,
  type MonitePage,
  type PaginateOptions,
  paginate,
} from '../paginate'

/** @internal `list`, `pages`, `listAll`, `get`, `create`, `update`, `delete` of a collection. */
export interface MoniteCollection<Q, P extends MonitePage<unknown>, C, U>
  extends MoniteListMethods<Q, P> {
  get(id: string, options?: MoniteCallOptions): Promise<P['data'][number]>
  create(body: C, options?: MoniteCallOptions): Promise<P['data'][number]>
  update(id: string, body: U, options?: MoniteCallOptions): Promise<P['data'][number]>
  delete(id: string, options?: MoniteCallOptions): Promise<void>
}

/**
 * @internal The helpers of a Monite collection (`/roles`, `/entity_users`) and its items
 * (`/roles/{role_id}`, …), whose one path parameter is `idName`.
 */
export const collection = <Q extends object, P extends MonitePage<unknown>, C, U>(
  call: Call,
  path: keyof paths,
  itemPath: keyof paths,
  idName: string,
): MoniteCollection<Q, P, C, U> => {
  const item = (id: string) => ({ path: { [idName]: id } })
  const list = (query?: Q | { pagination_token: string }, options?: MoniteCallOptions) =>
    call<P>('GET', path, options, { query: query as Record<string, unknown> })
  // `pages` and `listAll` follow `next_pagination_token`. Each request gets `maxPages` too,
  // which the client ignores.
  const each =
    (options?: MoniteCallOptions & PaginateOptions) => (query: Q | { pagination_token: string }) =>
      list(query, options)
  return {
    list,
    pages: (query, options) => paginate<P['data'][number], Q, P>(each(options), query, options),
    listAll: (query, options) => listAll<P['data'][number], Q>(each(options), query, options),
    get: (id, options) => call('GET', itemPath, options, item(id)),
    create: (body, options) => call('POST', path, options, {}, body),
    update: (id, body, options) => call('PATCH', itemPath, options, item(id), body),
    delete: (id, options) => call('DELETE', itemPath, options, item(id)),
  }
}
