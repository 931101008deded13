// Types for the import-in-the-middle entry points that ship without them.
declare module 'import-in-the-middle/create-hook.mjs' {
  export type IitmLoaderHooks = {
    resolve: (...args: unknown[]) => unknown
    load: (...args: unknown[]) => unknown
    resolveSync: (...args: unknown[]) => unknown
    loadSync: (...args: unknown[]) => unknown
    applyOptions: (options: { shouldInclude?: (url: string, specifier: string) => boolean }) => void
  }
  export function createHook(meta: { url: string }): IitmLoaderHooks
}
