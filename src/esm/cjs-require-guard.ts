// require() inside a CommonJS module that Node evaluates through the ESM loader
// (a module.register loader returned `format: 'commonjs'` with source, and the
// modules such a require() loads in turn). On Node 20 and 22 those require()
// calls reach the loader hooks as absolute `file:` URLs with the *import*
// conditions, so import-in-the-middle would wrap a target there in an ES module
// that this require() cannot link (ERR_VM_MODULE_LINK_FAILURE: the application
// crashed). They are never wrapped. On Node 24+ Node loads them through its
// CommonJS loader by filename, where cjs/loaded-by-filename.ts hooks them.
type ResolveContext = { parentURL?: string; conditions?: readonly string[] }
export type LoadResult = { format?: string | null }

export function createCjsRequireGuard() {
  const commonJs = new Set<string>()
  return {
    /** Whether this resolution is a require() inside a CommonJS module the ESM loader evaluates. */
    isRequireInCommonJs(specifier: string, context: ResolveContext): boolean {
      const parent = context.parentURL
      return parent !== undefined && specifier.startsWith('file:') && !context.conditions?.includes('require') && commonJs.has(parent)
    },
    /** Called with every load result; remembers the CommonJS ones. */
    loaded<T extends LoadResult>(url: string, result: T): T {
      if (result.format === 'commonjs') commonJs.add(url)
      return result
    },
  }
}
