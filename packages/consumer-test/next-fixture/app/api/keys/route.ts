// A route handler (prerendered at build time): it runs the server entry too.
import { moniteKeys, rolesQueryOptions } from '@monite-kit/react'
import { monite } from '../../monite'

export const dynamic = 'force-static'

export function GET() {
  return Response.json({
    all: moniteKeys.all(monite),
    roles: rolesQueryOptions(monite).queryKey,
  })
}
