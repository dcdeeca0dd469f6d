/** @internal Whether a path template segment is a parameter (`{payable_id}`). */
export const isParam = (segment: string): boolean => /^\{.+\}$/.test(segment)

/** @internal The segments of a path template: `'/payables/{payable_id}'` → `['payables', '{payable_id}']`. */
export const templateSegments = (template: string): string[] =>
  template.split('/').filter((segment) => segment !== '')

/**
 * @internal The segments of `template` with its parameters filled from `params`:
 * `('/payables/{payable_id}', { payable_id: 'p1' })` → `['payables', 'p1']`. A parameter without
 * a value is a caller's mistake: it throws a `TypeError` naming it.
 */
export function pathSegments(template: string, params?: Record<string, unknown>): string[] {
  return templateSegments(template).map((segment) => {
    if (!isParam(segment)) return segment
    const value = params?.[segment.slice(1, -1)]
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
      throw new TypeError(`@monite-kit/react: ${template} needs path parameter ${segment}`)
    }
    return String(value)
  })
}
