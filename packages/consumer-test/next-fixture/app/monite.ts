import { createMoniteClient } from '@monite-kit/client'

export const monite = createMoniteClient({
  baseUrl: 'https://api.example.test/v1',
  entityId: 'entity-1',
  auth: { type: 'token', token: 'not-used' },
})
