/** The demo's world, built at build time by the `demoWorld` plugin of vite.config.ts. */
declare module 'virtual:monite-demo-world' {
  const world: import('@monite-kit/fixtures').MoniteWorld
  export default world
}
