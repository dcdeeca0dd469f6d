import type {
  EntityUser,
  Role,
  UpdateEntityUserInput,
  UpdateMeInput,
  UpdateRoleInput,
} from '@monite-kit/client'
import type { QueryClient, QueryFilters, QueryKey } from '@tanstack/react-query'

/** @internal */
export type Rollback = () => void

/** @internal */
export const noop: Rollback = () => {}

export type Resource = 'entityUsers' | 'roles'
export type SessionKind = 'me' | 'myRole' | 'myEntity'

/**
 * @internal Matches `['monite', baseUrl, <entityId>, resource, kind, …]` for every entity of
 * `baseUrl`: ids are unique across entities, so a record found anywhere is the same record.
 */
function resourceFilter(baseUrl: string, resource: Resource, kind: 'list' | 'detail', id?: string) {
  return {
    predicate: (query) => {
      const key = query.queryKey
      return (
        key[0] === 'monite' &&
        key[1] === baseUrl &&
        key[2] !== 'session' &&
        key[3] === resource &&
        key[4] === kind &&
        (id === undefined || key[5] === id)
      )
    },
  } satisfies QueryFilters
}

/** @internal `['monite', baseUrl, 'session', scope, kind]` for every scope of `baseUrl`. */
function sessionFilter(baseUrl: string, kind: SessionKind) {
  return {
    predicate: (query) => {
      const key = query.queryKey
      return key[0] === 'monite' && key[1] === baseUrl && key[2] === 'session' && key[4] === kind
    },
  } satisfies QueryFilters
}

/** @internal Lists of `resource` in every entity of `baseUrl` (plain and infinite). */
export const listsFilter = (baseUrl: string, resource: Resource) =>
  resourceFilter(baseUrl, resource, 'list')

/** @internal Detail entries of `id` in every entity of `baseUrl`. */
export const detailFilter = (baseUrl: string, resource: Resource, id: string) =>
  resourceFilter(baseUrl, resource, 'detail', id)

/** @internal Session entries (`me`, `myRole`, …) of every scope whose data has `id`. */
export function sessionEntries<T extends { id: string }>(
  queryClient: QueryClient,
  baseUrl: string,
  kind: SessionKind,
  id: string,
): [QueryKey, T][] {
  return queryClient
    .getQueriesData<T>(sessionFilter(baseUrl, kind))
    .filter((entry): entry is [QueryKey, T] => entry[1]?.id === id)
}

/** @internal Takes a snapshot of every entry matching one of `filters`; returns its restorer. */
export function snapshot(queryClient: QueryClient, filters: QueryFilters[]): Rollback {
  const saved = filters.flatMap((f) => queryClient.getQueriesData(f))
  return () => {
    for (const [key, data] of saved) queryClient.setQueryData(key, data)
  }
}

/** @internal Snapshot of exact keys. */
export function snapshotKeys(queryClient: QueryClient, keys: QueryKey[]): Rollback {
  const saved = keys.map((key) => [key, queryClient.getQueryData(key)] as const)
  return () => {
    for (const [key, data] of saved) queryClient.setQueryData(key, data)
  }
}

interface Page<T> {
  data: T[]
}
interface Pages<T> {
  pages: Page<T>[]
  pageParams: unknown[]
}

function isPage<T>(value: unknown): value is Page<T> {
  return typeof value === 'object' && value !== null && Array.isArray((value as Page<T>).data)
}
function isPages<T>(value: unknown): value is Pages<T> {
  return typeof value === 'object' && value !== null && Array.isArray((value as Pages<T>).pages)
}

/**
 * @internal Rewrites the items of every cached list (one page, or infinite pages) matching
 * `filters`. Returns the same object when nothing changed, so observers do not re-render.
 */
export function mapListItems<T>(
  queryClient: QueryClient,
  filters: QueryFilters,
  fn: (items: T[]) => T[],
): void {
  const mapPage = <P extends Page<T>>(page: P): P => {
    const data = fn(page.data)
    return data === page.data ? page : { ...page, data }
  }
  queryClient.setQueriesData<unknown>(filters, (old: unknown) => {
    if (isPages<T>(old)) {
      const pages = old.pages.map((p) => (isPage<T>(p) ? mapPage(p) : p))
      return pages.every((p, i) => p === old.pages[i]) ? old : { ...old, pages }
    }
    if (isPage<T>(old)) return mapPage(old)
    return old
  })
}

/** @internal Replaces the item with `item.id` in lists, keeping the array when absent. */
export function replaceIn<T extends { id: string }>(item: T): (items: T[]) => T[] {
  return (items) =>
    items.some((i) => i.id === item.id) ? items.map((i) => (i.id === item.id ? item : i)) : items
}

/** @internal Applies `patch` to the item with `id` in lists. */
export function patchIn<T extends { id: string }>(id: string, patch: (item: T) => T) {
  return (items: T[]): T[] =>
    items.some((i) => i.id === id) ? items.map((i) => (i.id === id ? patch(i) : i)) : items
}

/** @internal Removes the item with `id` from lists. */
export function removeFrom<T extends { id: string }>(id: string): (items: T[]) => T[] {
  return (items) => (items.some((i) => i.id === id) ? items.filter((i) => i.id !== id) : items)
}

const nullableUserFields = ['email', 'last_name', 'phone'] as const
const requiredUserFields = ['first_name', 'login', 'role_id'] as const

/**
 * @internal What an entity user will look like after a PATCH: `null` clears nullable fields;
 * `null` for fields Monite never returns as null is left to the server; `title` is not returned.
 */
export function applyEntityUserPatch(
  user: EntityUser,
  body: UpdateEntityUserInput | UpdateMeInput,
): EntityUser {
  const next: EntityUser = { ...user }
  const values = body as Partial<Record<string, string | null>>
  for (const field of nullableUserFields) {
    const value = values[field]
    if (value !== undefined) next[field] = value
  }
  for (const field of requiredUserFields) {
    const value = values[field]
    if (typeof value === 'string') next[field] = value
  }
  return next
}

/** @internal What a role will look like after a PATCH. */
export function applyRolePatch(role: Role, body: UpdateRoleInput): Role {
  return {
    ...role,
    ...(typeof body.name === 'string' ? { name: body.name } : {}),
    ...(body.permissions ? { permissions: body.permissions } : {}),
  }
}
