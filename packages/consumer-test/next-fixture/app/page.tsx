// A Server Component: the builders, keys, permission and retry helpers run on the server.
import {
  entityUsersQueryOptions,
  isActionAllowed,
  moniteKeys,
  moniteRetry,
} from '@monite-kit/react'
import { monite } from './monite'
import { Users } from './Users'

export default function Page() {
  const options = entityUsersQueryOptions(monite, { limit: 5 })
  const allowed = isActionAllowed(
    {
      objects: [
        { object_type: 'role', actions: [{ action_name: 'create', permission: 'allowed' }] },
      ],
    },
    'role',
    'create',
  )
  return (
    <main>
      <p id="key">{JSON.stringify(options.queryKey)}</p>
      <p id="entity">{JSON.stringify(moniteKeys.entity(monite))}</p>
      <p id="allowed">{`allowed:${allowed}`}</p>
      <p id="retry">{`retry-404:${moniteRetry(0, new Error('x'))}`}</p>
      <Users />
    </main>
  )
}
