// autowrapt/rollup: the rollup adapter over the shared core (core.ts). The
// plugin object also has the shape Vite takes (`enforce: 'pre'`).
//
// ```js
// import autowrapt from 'autowrapt/rollup'
// export default { input: 'app.js', plugins: [autowrapt(), nodeResolve(), commonjs()] }
// ```
// Its transform runs before other plugins' (`order: 'pre'`), so it sees each
// file as it is on disk, before @rollup/plugin-commonjs rewrites it. The marker
// goes in through the `banner` hook, which runs when every module is built.
import { createBuildCore, type BuildCore } from './core.js'
import type { AutowraptBundlerOptions } from './plan.js'

export type { AutowraptBundlerOptions } from './plan.js'

// The parts of rollup's plugin API used here (rollup is an optional peer dependency).
type Context = {
  warn(message: string): void
  resolve(
    source: string,
    importer: string | undefined,
    options: Record<string, unknown>,
  ): Promise<{ id: string; external: boolean | string } | null>
}
type ResolveOptions = Record<string, unknown>

export type AutowraptRollupPlugin = {
  name: string
  enforce: 'pre'
  buildStart(this: Context): void
  resolveId: {
    order: 'pre'
    handler(this: Context, source: string, importer: string | undefined, options: ResolveOptions): Promise<unknown>
  }
  transform: { order: 'pre'; handler(this: Context, code: string, id: string): { code: string; map: null } | null }
  buildEnd(this: Context & { getModuleIds(): Iterable<string>; getModuleInfo(id: string): { isExternal: boolean } | null }): void
  banner(): string
}

const isBare = (request: string) => !/^[./\0]|^[A-Za-z]:|^[a-z]+:/.test(request)
const packageOf = (request: string) => {
  const parts = request.split('/')
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/**
 * A rollup (and Vite) plugin that prepares the bundle for the patch packages
 * `bootstrap` names (default: AUTOWRAPT_BOOTSTRAP at build time). Their hooks
 * still load from node_modules at run time, under `--import autowrapt/register`.
 */
export function autowrapt(options: AutowraptBundlerOptions = {}): AutowraptRollupPlugin {
  let core: BuildCore | undefined
  const SKIP = 'autowrapt:resolving'
  return {
    name: 'autowrapt',
    enforce: 'pre',
    buildStart() {
      core = createBuildCore(options, 'rollup', process.cwd())
      for (const message of core.takeMessages()) this.warn(message)
      if (options.externalize && !core.empty) process.stderr.write(`${core.externalsNotice()}\n`)
    },
    resolveId: {
      order: 'pre',
      async handler(source, importer, resolveOptions) {
        if (core === undefined || core.empty || !isBare(source) || !core.packages.has(packageOf(source))) return null
        if ((resolveOptions.custom as Record<string, unknown> | undefined)?.[SKIP]) return null
        if (options.externalize) {
          core.resolved(source, undefined, true)
          return { id: source, external: true }
        }
        const custom = { ...(resolveOptions.custom as object | undefined), [SKIP]: true }
        const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true, custom })
        if (resolved === null) return null
        core.resolved(
          source,
          resolved.external ? undefined : resolved.id.replace(/^\0/, '').replace(/[?#].*$/, ''),
          resolved.external !== false,
        )
        return resolved
      },
    },
    transform: {
      order: 'pre',
      handler(code, id) {
        if (core === undefined || core.empty || id.startsWith('\0')) return null
        const file = id.replace(/[?#].*$/, '')
        if (!core.wants(file)) return null
        const out = core.transform(file, code)
        for (const message of core.takeMessages()) this.warn(message)
        return out === undefined ? null : { code: out, map: null }
      },
    },
    // Externals named by the build's own `external` option never reach resolveId.
    buildEnd() {
      if (core === undefined || core.empty) return
      for (const id of this.getModuleIds()) {
        if (isBare(id) && core.packages.has(packageOf(id)) && this.getModuleInfo(id)?.isExternal) core.resolved(id, undefined, true)
      }
    },
    banner() {
      if (core === undefined || core.empty) return ''
      return core.banner.replace(/"autowrapt-bundle\/1:[^"]*"/, JSON.stringify(core.encodedMarker()))
    },
  }
}

export { autowrapt as autowraptRollup }
export default autowrapt
