export type { MoniteAuth, MoniteTokenResult } from './auth'
export type {
  MoniteCallOptions,
  MoniteClientOptions,
  MoniteFetch,
  MoniteRequestExtras,
} from './clientOptions'
export { createMoniteClient, type MoniteClient } from './createMoniteClient'
export { MONITE_API_VERSION, MONITE_ENVIRONMENTS, type MoniteEnvironment } from './environments'
export {
  isMoniteApiError,
  isMoniteClientError,
  MoniteApiError,
  MoniteClientError,
  type MoniteClientErrorCode,
  type MoniteRequestInfo,
  type MoniteValidationIssue,
  toMoniteApiError,
} from './errors'
export type { components, operations, paths } from './generated/monite'
export {
  listAll,
  type MoniteListMethods,
  type MonitePage,
  type PaginateOptions,
  paginate,
} from './paginate'
export type { MoniteAuthResource } from './resources/auth'
export type { MoniteEntityUsersResource } from './resources/entityUsers'
export type { MoniteRolesResource } from './resources/roles'
export type { MoniteRetryOptions } from './retry'
export type { MoniteStoredToken, MoniteTokenStore } from './tokenStore'
export type * from './types'
