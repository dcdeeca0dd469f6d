import { proxyToMonite } from '@/lib/proxy.server'

// The browser client's transport (see src/components/Providers.tsx): same origin, allow-listed.
export const GET = proxyToMonite
export const POST = proxyToMonite
export const PATCH = proxyToMonite
export const DELETE = proxyToMonite
