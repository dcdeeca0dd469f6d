// The operations the kit wraps, and the differences from Monite's document that are on purpose.
import type { NormalizationFlag } from './normalize'

/**
 * Operations described completely: every field, parameter and response Monite declares, and
 * nothing else but the listed differences (exact.test.ts).
 */
export const EXACT_OPS = [
  'POST /auth/token',
  'POST /auth/revoke',
  'GET /entity_users',
  'POST /entity_users',
  'GET /entity_users/{entity_user_id}',
  'PATCH /entity_users/{entity_user_id}',
  'DELETE /entity_users/{entity_user_id}',
  'GET /entity_users/me',
  'PATCH /entity_users/me',
  'GET /entity_users/my_role',
  'GET /entity_users/my_entity',
  'GET /roles',
  'POST /roles',
  'GET /roles/{role_id}',
  'PATCH /roles/{role_id}',
  'DELETE /roles/{role_id}',
] as const

/**
 * Operations described as a declared subset (subset.test.ts): the parameters and fields the kit
 * needs, each exactly as Monite declares it, such that a request valid under ours is valid
 * upstream and an answer valid upstream is valid under ours.
 */
export const SUBSET_OPS = [
  'GET /counterparts',
  'POST /counterparts',
  'GET /counterparts/{counterpart_id}',
  'PATCH /counterparts/{counterpart_id}',
  'DELETE /counterparts/{counterpart_id}',
  'GET /payables',
  'POST /payables',
  'GET /payables/{payable_id}',
  'PATCH /payables/{payable_id}',
  'DELETE /payables/{payable_id}',
  'POST /payables/{payable_id}/submit_for_approval',
  'POST /payables/{payable_id}/approve_payment_operation',
  'POST /payables/{payable_id}/reject',
  'POST /payables/{payable_id}/cancel',
  'POST /payables/{payable_id}/mark_as_paid',
] as const

export const ALL_OPS = [...EXACT_OPS, ...SUBSET_OPS] as const
export type OpKey = (typeof ALL_OPS)[number]

const COUNTERPART_OPS = SUBSET_OPS.filter((op) => op.includes('/counterparts'))

export interface ExtraResponseRule {
  /** The status our document declares and Monite's does not. */
  status: string
  ops: readonly OpKey[]
  reason: string
}

/** A difference in a declared-subset operation that the subset rules would reject. */
export interface SubsetDifferenceRule {
  ops: readonly OpKey[]
  /** The JSON pointer of the difference in the normalized operation. */
  pointer: string
  reason: string
}

export interface Deliberate {
  /** Responses that only our document declares. */
  extraResponses: readonly ExtraResponseRule[]
  /** Response headers (lower case) that only our document declares, on any response. */
  extraResponseHeaders: Readonly<Record<string, string>>
  /** Operations of Monite's on the paths we describe that our document leaves out. */
  uncoveredOperations: Readonly<Record<string, string>>
  /** Component schema names that only our document has. */
  extraSchemaNames: Readonly<Record<string, string>>
  /** Our names for schemas that Monite's document splits into `<name>-Input` and `<name>-Output`. */
  mergedSchemaNames: Readonly<Record<string, string>>
  /** Differences in declared-subset operations that break the subset rules on purpose. */
  subsetDifferences: readonly SubsetDifferenceRule[]
  /** Normalizations the comparison applies; each must still hide at least one raw difference. */
  normalizations: Readonly<Record<NormalizationFlag, string>>
}

const AUTHENTICATED_OPS = EXACT_OPS.filter((op) => op !== 'POST /auth/token')

export const DELIBERATE: Deliberate = {
  extraResponses: [
    {
      status: '429',
      ops: ALL_OPS,
      reason:
        'Monite rate-limits every endpoint and answers 429 with Retry-After, which the client ' +
        'honours when retrying; Monite’s document declares 429 nowhere.',
    },
    {
      status: '401',
      ops: AUTHENTICATED_OPS.filter((op) => op !== 'GET /entity_users' && op !== 'GET /roles'),
      reason:
        'Every bearer-authenticated call answers 401 for a missing, expired or revoked token ' +
        '(the client refreshes and retries once); Monite declares 401 only on POST /auth/token, ' +
        'GET /entity_users and GET /roles.',
    },
    {
      status: '400',
      ops: ['POST /auth/token', 'POST /auth/revoke', 'GET /entity_users/my_role'],
      reason:
        'Monite answers 400 when x-monite-version is missing or unknown; its document leaves 400 ' +
        'out on these three operations only.',
    },
    {
      status: '403',
      ops: [
        'POST /entity_users',
        'GET /entity_users/{entity_user_id}',
        'PATCH /entity_users/{entity_user_id}',
        'DELETE /entity_users/{entity_user_id}',
        'POST /roles',
        'GET /roles/{role_id}',
        'PATCH /roles/{role_id}',
        'DELETE /roles/{role_id}',
      ],
      reason:
        'An entity-user token whose role lacks the permission gets 403 on entity-scoped ' +
        'operations; Monite declares 403 only on the two list operations.',
    },
    {
      status: '404',
      ops: [
        'GET /entity_users/{entity_user_id}',
        'PATCH /entity_users/{entity_user_id}',
        'DELETE /entity_users/{entity_user_id}',
        'GET /roles/{role_id}',
        'PATCH /roles/{role_id}',
        'GET /entity_users/me',
        'PATCH /entity_users/me',
        'GET /entity_users/my_role',
      ],
      reason:
        'An unknown id (or one of another entity) answers 404, and so do /me and /my_role when ' +
        'the token has no entity user; Monite declares 404 only on DELETE /roles/{role_id}.',
    },
    {
      status: '409',
      ops: ['POST /roles', 'PATCH /roles/{role_id}'],
      reason:
        'A duplicate role name answers 409; Monite declares 409 only on DELETE /roles/{role_id} ' +
        '(role still in use).',
    },
    {
      status: '409',
      ops: ['POST /entity_users', 'PATCH /entity_users/{entity_user_id}'],
      reason:
        'Logins are unique within the entity (Monite: "Usernames must be unique within the ' +
        'entity"); a duplicate login answers 409, which Monite does not declare.',
    },
    {
      status: '401',
      ops: [...COUNTERPART_OPS, 'PATCH /payables/{payable_id}'],
      reason:
        'Every bearer-authenticated call answers 401 for a missing, expired or revoked token; ' +
        'Monite declares 401 on every payables operation but PATCH, and on no counterparts one.',
    },
    {
      status: '400',
      ops: [...COUNTERPART_OPS, 'GET /payables/{payable_id}', 'DELETE /payables/{payable_id}'],
      reason:
        'Monite answers 400 when x-monite-version is missing or unknown; its document leaves 400 ' +
        'out on the counterparts operations and on GET and DELETE /payables/{payable_id}.',
    },
    {
      status: '403',
      ops: COUNTERPART_OPS,
      reason:
        'An entity-user token whose role lacks the counterpart permission gets 403; Monite ' +
        'declares 403 on every payables operation but on no counterparts one.',
    },
  ],
  extraResponseHeaders: {
    'x-request-id':
      'Monite sends x-request-id on every response and support asks for it; its document ' +
      'declares no response headers.',
  },
  uncoveredOperations: {
    'PATCH /entity_users/my_entity':
      'Changing the entity itself is outside the kit’s scope (entity users, roles, auth); only ' +
      'reading the current user’s entity is wrapped.',
  },
  extraSchemaNames: {
    CommonObjectTypeEnum:
      'Monite writes this enum inline in CommonSchema.object_type; we name it so the client can ' +
      'reuse it (same values, same order).',
  },
  mergedSchemaNames: {
    BizObjectsSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
    CommonSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
    PayableSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
    RootSchema: 'Monite’s -Input and -Output variants are identical; one type is simpler.',
  },
  subsetDifferences: [
    ...['next_pagination_token', 'prev_pagination_token'].map((token) => ({
      ops: ['GET /counterparts', 'GET /payables'] as const,
      pointer: `/responses/200/content/application~1json/schema/properties/${token}/nullable`,
      reason:
        'Monite declares the page tokens of these two lists as plain strings, but describes ' +
        'them as "null if there is no next (previous) page", and the other lists declare them ' +
        'nullable; ours says null, so the type does not promise a string where null comes.',
    })),
    {
      ops: ['POST /counterparts', 'PATCH /counterparts/{counterpart_id}'],
      pointer: '/requestBody/content/application~1json/schema/additionalProperties',
      reason:
        'Monite puts `additionalProperties: false` beside the `anyOf` of its counterpart ' +
        'bodies, where JSON Schema would read it as "no property at all" (there are no sibling ' +
        '`properties`); what it means, that each variant is closed, ours says on each variant.',
    },
  ],
  normalizations: {
    errorSchemasByShape:
      'Monite’s document has numbered copies of one error body (ErrorSchemaResponse for ' +
      'counterparts, ErrorSchemaResponse3 for payables); ours names it once. In declared-subset ' +
      'operations error answers are compared by shape, not by schema name.',
    ignoreAnnotations:
      'Wording: descriptions, summaries, titles and examples are written by monite-kit, not ' +
      'copied from Monite.',
    applyParameterDefaults:
      'Our array query parameters say `style: form, explode: true` explicitly; these are the ' +
      'OpenAPI defaults that Monite leaves implicit.',
    effectiveSecurity:
      'POST /auth/token says `security: []` explicitly; Monite omits `security` there and has ' +
      'no global security, which means the same: no bearer token.',
  },
}
