import { createMoniteHooks } from '@monite-kit/react'

/**
 * The generic hooks of `@monite-kit/react` over the kit's spec: `monite.useQuery('get',
 * '/payables', …)`, `monite.useMutation('post', '/payables/{payable_id}/cancel')`. Stateless:
 * the client comes from the nearest `<MoniteProvider>`, the cache from its QueryClient.
 */
export const monite = createMoniteHooks()
