/**
 * What the generic layer needs from a client: any object returned by `createMoniteClient()`
 * (for any `Paths` type argument) or by `client.withEntity(id)` fits. Calls go through its `raw`
 * openapi-fetch client, so auth, headers, timeouts, retries and errors are the client's.
 *
 * @example
 * ```ts
 * const client: MoniteOperationsClient = createMoniteClient({ environment: 'sandbox', auth })
 * ```
 */
export interface MoniteOperationsClient {
  readonly baseUrl: string
  readonly entityId: string | undefined
  /** The client's openapi-fetch client (`createMoniteClient().raw`). */
  readonly raw: object
}
