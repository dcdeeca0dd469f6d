// A Server Component that calls a hook: the build must fail and name it.
import { useEntityUsers } from '@monite-kit/react'

export default function Page() {
  const users = useEntityUsers()
  return <p>{users.status}</p>
}
