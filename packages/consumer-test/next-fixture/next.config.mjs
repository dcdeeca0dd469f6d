// A tiny App Router app that imports @monite-kit/react from Server Components, a route handler
// and a client component, built with `next build` from the packed tarballs.
export default {
  // The consumer test type-checks elsewhere; here only the bundling is under test.
  typescript: { ignoreBuildErrors: true },
}
