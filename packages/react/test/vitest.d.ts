declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major a vitest project runs on, from `provide` in vitest.config.ts. */
    reactMajor: 18 | 19
  }
}

export {}
