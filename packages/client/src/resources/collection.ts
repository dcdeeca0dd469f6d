import type { Call } from '../call'
import type { MoniteCallOptions } from '../createMoniteClient'
import type { paths } from '../generated/monite'
import { listMethods, type MoniteListMethods, type MonitePage } from '../paginate'

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
export function collection<Q extends object, P extends MonitePage<unknown>, C, U>(
  call: Call,
  path: keyof paths,
  itemPath: keyof paths,
  idName: string,
): MoniteCollection<Q, P, C, U> {
  const item = (id: string) => ({ path: { [idName]: id } })
  return {
    ...listMethods<Q, P>((query, options) =>
      call('GET', path, options, { query: query as Record<string, unknown> }),
    ),
    get: (id, options) => call('GET', itemPath, options, item(id)),
    create: (body, options) => call('POST', path, options, {}, body),
    update: (id, body, options) => call('PATCH', itemPath, options, item(id), body),
    delete: (id, options) => call('DELETE', itemPath, options, item(id)),
  }
}
