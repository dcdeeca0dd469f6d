// The declared-subset comparison really detects what would break a request or misread an
// answer: mutate a copy of our document in memory and expect a report at the right place.
import { describe, expect, test } from 'vitest'
import { hasUpstream, upstreamSkipReason } from './documents'
import {
  at,
  expectAccepted,
  expectReported,
  JSON_200,
  JSON_BODY,
  type Mutation,
  schemaAt,
} from './mutate'
import { asArr, asObj } from './normalize'

const GET_PAYABLE = 'GET /payables/{payable_id}'
const PATCH_PAYABLE = 'PATCH /payables/{payable_id}'
const ORG_CREATE = `${JSON_BODY}/anyOf/CounterpartOrganizationRootCreatePayload`
const IND_CREATE = `${JSON_BODY}/anyOf/CounterpartIndividualRootCreatePayload`

const MUTATIONS: Mutation[] = [
  {
    name: 'change the type of an answer field',
    mutate: (doc) => {
      schemaAt(doc, 'PayableResponseSchema', 'properties', 'total_amount').type = 'number'
    },
    expect: { where: GET_PAYABLE, pointer: `${JSON_200}/properties/total_amount/type` },
  },
  {
    name: 'drop a format from a request field',
    mutate: (doc) => {
      delete schemaAt(doc, 'PayableUpdateSchema', 'properties', 'due_date').format
    },
    expect: { where: PATCH_PAYABLE, pointer: `${JSON_BODY}/properties/due_date/format` },
  },
  {
    name: 'drop a required field of a request body (inside a union variant)',
    mutate: (doc) => {
      const s = schemaAt(doc, 'CounterpartIndividualCreatePayload')
      expect(s.required).toContain('first_name')
      s.required = asArr(s.required).filter((r) => r !== 'first_name')
    },
    expect: {
      where: 'POST /counterparts',
      pointer: `${IND_CREATE}/properties/individual/required`,
    },
  },
  {
    name: 'require an answer field that upstream leaves optional',
    mutate: (doc) => {
      const s = schemaAt(doc, 'PayableResponseSchema')
      s.required = [...asArr(s.required), 'due_date']
    },
    expect: { where: GET_PAYABLE, pointer: `${JSON_200}/required` },
  },
  {
    name: 'change an enum value (payable status)',
    mutate: (doc) => {
      const s = schemaAt(doc, 'PayableStateEnum')
      s.enum = asArr(s.enum).map((v) => (v === 'canceled' ? 'cancelled' : v))
    },
    expect: { where: GET_PAYABLE, pointer: `${JSON_200}/properties/status/enum` },
  },
  {
    name: 'reorder enum values (in a query parameter)',
    mutate: (doc) => {
      const s = schemaAt(doc, 'PayableCursorFields')
      s.enum = [...asArr(s.enum)].reverse()
    },
    expect: { where: 'GET /payables', pointer: '/parameters/query/sort/schema/enum' },
  },
  {
    name: 'declare an answer field that upstream does not have',
    mutate: (doc) => {
      schemaAt(doc, 'PayableResponseSchema', 'properties').approved_by = { type: 'string' }
    },
    expect: { where: GET_PAYABLE, pointer: `${JSON_200}/properties/approved_by` },
  },
  {
    name: 'forbid additional properties in an answer',
    mutate: (doc) => {
      schemaAt(doc, 'PayableResponseSchema').additionalProperties = false
    },
    expect: { where: GET_PAYABLE, pointer: `${JSON_200}/additionalProperties` },
  },
  {
    name: 'leave out request fields without forbidding additional properties',
    mutate: (doc) => {
      delete schemaAt(doc, 'PayableUpdateSchema').additionalProperties
    },
    expect: { where: PATCH_PAYABLE, pointer: `${JSON_BODY}/additionalProperties` },
  },
  {
    name: 'loosen a maxLength of a request field',
    mutate: (doc) => {
      schemaAt(doc, 'CounterpartOrganizationRootCreatePayload', 'properties', 'tax_id').maxLength =
        31
    },
    expect: { where: 'POST /counterparts', pointer: `${ORG_CREATE}/properties/tax_id/maxLength` },
  },
  {
    name: 'make an answer field nullable',
    mutate: (doc) => {
      const props = schemaAt(doc, 'PayableResponseSchema', 'properties')
      props.due_date = { anyOf: [props.due_date, { type: 'null' }] }
    },
    expect: { where: GET_PAYABLE, pointer: `${JSON_200}/properties/due_date/nullable` },
  },
  {
    name: 'drop a variant of an answer union',
    mutate: (doc) => {
      const s = schemaAt(doc, 'CounterpartResponse')
      s.anyOf = asArr(s.anyOf).filter((b) => !String(asObj(b).$ref).includes('Organization'))
    },
    expect: {
      where: 'GET /counterparts/{counterpart_id}',
      pointer: `${JSON_200}/anyOf/CounterpartOrganizationRootResponse`,
    },
  },
  {
    name: 'change the format of a query parameter',
    mutate: (doc) => {
      const p = asArr(at(doc, 'paths', '/payables', 'get').parameters).map(asObj)
      const due = p.find((x) => x.name === 'due_date__gte')
      asObj(due?.schema).format = 'date-time'
    },
    expect: { where: 'GET /payables', pointer: '/parameters/query/due_date__gte/schema/format' },
  },
  {
    name: 'declare a query parameter that upstream does not have',
    mutate: (doc) => {
      asArr(at(doc, 'paths', '/counterparts', 'get').parameters).push({
        name: 'name__startswith',
        in: 'query',
        schema: { type: 'string' },
      })
    },
    expect: { where: 'GET /counterparts', pointer: '/parameters/query/name__startswith' },
  },
  {
    name: 'leave out a parameter that upstream requires',
    mutate: (doc) => {
      const op = at(doc, 'paths', '/payables/{payable_id}/cancel', 'post')
      op.parameters = asArr(op.parameters).filter(
        (p) => asObj(p).$ref !== '#/components/parameters/XMoniteEntityId',
      )
    },
    expect: {
      where: 'POST /payables/{payable_id}/cancel',
      pointer: '/parameters/header/x-monite-entity-id',
    },
  },
  {
    name: 'make a request body optional that upstream requires',
    mutate: (doc) => {
      at(doc, 'paths', '/payables/{payable_id}', 'patch', 'requestBody').required = false
    },
    expect: { where: PATCH_PAYABLE, pointer: '/requestBody/required' },
  },
  {
    name: 'drop an error status that upstream declares (409 on a wrong status transition)',
    mutate: (doc) => {
      delete at(
        doc,
        'paths',
        '/payables/{payable_id}/approve_payment_operation',
        'post',
        'responses',
      )['409']
    },
    expect: {
      where: 'POST /payables/{payable_id}/approve_payment_operation',
      pointer: '/responses/409',
    },
  },
  {
    name: 'answer 200 where upstream answers 201',
    mutate: (doc) => {
      const responses = at(doc, 'paths', '/counterparts', 'post', 'responses')
      responses['200'] = responses['201']
      delete responses['201']
    },
    expect: { where: 'POST /counterparts', pointer: '/responses/201' },
  },
  {
    name: 'name the success answer’s schema differently',
    mutate: (doc) => {
      const schemas = at(doc, 'components', 'schemas')
      schemas.Payable = schemas.PayableResponseSchema
      at(
        doc,
        'paths',
        '/payables/{payable_id}',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
      ).schema = {
        $ref: '#/components/schemas/Payable',
      }
    },
    expect: { where: GET_PAYABLE, pointer: '/responses/200/content/application~1json/schemaName' },
  },
  {
    name: 'change an operationId',
    mutate: (doc) => {
      at(doc, 'paths', '/payables/{payable_id}/reject', 'post').operationId = 'reject_payable'
    },
    expect: { where: 'POST /payables/{payable_id}/reject', pointer: '/operationId' },
  },
  {
    name: 'fix a listed subset difference (the entry becomes stale)',
    mutate: (doc) => {
      schemaAt(doc, 'CounterpartCreatePayload').additionalProperties = false
    },
    expect: {
      stale:
        'subset difference /requestBody/content/application~1json/schema/additionalProperties on POST /counterparts',
    },
  },
]

/** Changes the subset rules allow: each keeps requests valid upstream and answers readable. */
const ALLOWED: { name: string; mutate: Mutation['mutate'] }[] = [
  {
    name: 'leave out an optional answer field',
    mutate: (doc) => {
      delete schemaAt(doc, 'PayableResponseSchema', 'properties').sender
    },
  },
  {
    name: 'leave out an optional request field (additional properties stay forbidden)',
    mutate: (doc) => {
      delete schemaAt(doc, 'PayableUpdateSchema', 'properties').sender
    },
  },
  {
    name: 'require a request field that upstream leaves optional',
    mutate: (doc) => {
      schemaAt(doc, 'PayableUploadWithDataSchema').required = ['currency']
    },
  },
  {
    name: 'leave out an optional query parameter',
    mutate: (doc) => {
      const op = at(doc, 'paths', '/payables', 'get')
      op.parameters = asArr(op.parameters).filter((p) => asObj(p).name !== 'due_date')
    },
  },
]

describe.skipIf(!hasUpstream)('the declared-subset conformance check can fail', () => {
  test.each(MUTATIONS)('reports: $name', (mutation) => expectReported(mutation))
  test.each(ALLOWED)('accepts: $name', ({ mutate }) => expectAccepted(mutate))
})

if (!hasUpstream) {
  test.skip(`declared-subset conformance tests skipped: ${upstreamSkipReason}`, () => {})
}
