// autowrapt/webpack: the webpack 5 adapter over the shared core (core.ts).
//
// ```js
// const { AutowraptWebpackPlugin } = require('autowrapt/webpack')
// module.exports = { target: 'node', entry: './app.js', plugins: [new AutowraptWebpackPlugin()] }
// ```
// Each module a bare import of a targeted package resolves to, and each file
// inside a targeted package, goes through webpack-loader.ts. The marker is
// added to every JavaScript asset before minification, when all modules are built.
import { cores } from './webpack-cores.js'
import { createBuildCore } from './core.js'
import type { AutowraptBundlerOptions } from './plan.js'

export type { AutowraptBundlerOptions } from './plan.js'

const NAME = 'AutowraptWebpackPlugin'

// The parts of webpack's API the plugin uses (webpack is an optional peer dependency).
type Tap<A extends unknown[]> = { tap(name: string | { name: string; stage: number }, fn: (...args: A) => unknown): void }
type ResolveData = { request: string; createData: { resource?: string; loaders?: Array<{ loader: string; options: unknown }> } }
type Asset = { name: string }
type Compilation = {
  hooks: {
    finishModules: Tap<[Iterable<{ externalType?: string; userRequest?: string; request?: unknown }>]>
    processAssets: Tap<[Record<string, unknown>]>
  }
  warnings: Error[]
  getAssets(): Asset[]
  updateAsset(name: string, update: (source: unknown) => unknown): void
}
type Compiler = {
  context: string
  options: { externals?: unknown; output?: { module?: boolean } }
  webpack: {
    WebpackError: new (message: string) => Error
    Compilation: { PROCESS_ASSETS_STAGE_ADDITIONS: number }
    sources: { ConcatSource: new (...sources: unknown[]) => unknown }
  }
  hooks: {
    thisCompilation: Tap<[Compilation]>
    normalModuleFactory: Tap<[{ hooks: { afterResolve: Tap<[ResolveData]> } }]>
  }
}

let nextId = 0
const isBare = (request: string) => !/^[./]|^[A-Za-z]:|^[a-z]+:/.test(request) && !request.includes('!')

/**
 * A webpack plugin that prepares the bundle for the patch packages `bootstrap`
 * names (default: AUTOWRAPT_BOOTSTRAP at build time). Their hooks still load
 * from node_modules at run time, under `--import autowrapt/register`.
 */
export class AutowraptWebpackPlugin {
  readonly options: AutowraptBundlerOptions
  constructor(options: AutowraptBundlerOptions = {}) {
    this.options = options
  }

  apply(compiler: Compiler): void {
    const core = createBuildCore(this.options, 'webpack', compiler.context)
    const id = `${process.pid}:${nextId++}`
    cores.set(id, core)
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      for (const message of core.takeMessages()) compilation.warnings.push(new compiler.webpack.WebpackError(message))
      if (core.empty) return
      compilation.hooks.finishModules.tap(NAME, (modules) => {
        for (const module of modules) {
          if (module.externalType === undefined || typeof module.request !== 'string') continue
          if (core.packages.has(packageOf(module.request))) core.resolved(module.request, undefined, true)
        }
      })
      compilation.hooks.processAssets.tap({ name: NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const banner = core.banner.replace(/"autowrapt-bundle\/1:[^"]*"/, JSON.stringify(core.encodedMarker()))
        for (const asset of compilation.getAssets()) {
          if (!/\.[cm]?js$/.test(asset.name)) continue
          compilation.updateAsset(asset.name, (source) => new compiler.webpack.sources.ConcatSource(`${banner}\n`, source))
        }
      })
    })
    if (core.empty) return
    if (this.options.externalize) {
      const type = compiler.options.output?.module ? 'module' : 'commonjs'
      const own = ({ request }: { request?: string }, callback: (error?: Error | null, result?: string) => void) => {
        if (request !== undefined && isBare(request) && core.packages.has(packageOf(request))) {
          core.resolved(request, undefined, true)
          return callback(null, `${type} ${request}`)
        }
        callback()
      }
      const existing = compiler.options.externals
      compiler.options.externals = existing === undefined ? [own] : [own, ...(Array.isArray(existing) ? existing : [existing])]
      process.stderr.write(`${core.externalsNotice()}\n`)
      return
    }
    const loader = require.resolve('./webpack-loader.js')
    compiler.hooks.normalModuleFactory.tap(NAME, (factory) => {
      factory.hooks.afterResolve.tap(NAME, (data) => {
        const file = data.createData.resource?.replace(/[?#].*$/, '')
        if (file === undefined) return
        if (isBare(data.request) && core.packages.has(packageOf(data.request))) core.resolved(data.request, file, false)
        if (!core.wants(file)) return
        ;(data.createData.loaders ??= []).push({ loader, options: { core: id } })
      })
    })
  }
}

function packageOf(request: string): string {
  const parts = request.split('/')
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

export default AutowraptWebpackPlugin
