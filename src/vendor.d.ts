// Types for the import-in-the-middle entry points that ship without them.
declare module 'import-in-the-middle/supports-sync-hooks.mjs' {
  export function supportsSyncHooks(): boolean
}

declare module 'import-in-the-middle/create-hook.mjs' {
  export type IitmLoaderHooks = {
    resolve: (...args: any[]) => any
    load: (...args: any[]) => any
    resolveSync: (...args: any[]) => any
    loadSync: (...args: any[]) => any
    applyOptions: (options: { shouldInclude?: (url: string, specifier: string) => boolean }) => void
  }
  export function createHook(meta: { url: string }): IitmLoaderHooks
}
