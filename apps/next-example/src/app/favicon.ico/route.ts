// Browsers still ask for /favicon.ico on their own (Chromium does while a client-side navigation
// has not yet put the page's <link rel="icon"> in the head): point them at the app's icon instead
// of a 404 in their console.
export const dynamic = 'force-static'

export function GET(): Response {
  return new Response(null, { status: 308, headers: { location: '/icon.svg' } })
}
