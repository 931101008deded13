// autowrapt/esbuild: the esbuild adapter over the shared core (core.ts).
//
// ```js
// import autowrapt from 'autowrapt/esbuild'
// await esbuild.build({ entryPoints: ['app.js'], bundle: true, platform: 'node', plugins: [autowrapt()] })
// ```
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { OutputFile, Plugin } from 'esbuild'
import { createBuildCore } from './core.js'
import type { AutowraptBundlerOptions } from './plan.js'
import { MARKER_PLACEHOLDER } from './inject.js'

export type { AutowraptBundlerOptions } from './plan.js'

const SKIP = 'autowrapt:resolving'
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

function withMarker(file: OutputFile, marker: string): OutputFile {
  if (!/\.[cm]?js$/.test(file.path)) return file
  const text = Buffer.from(file.contents).toString('utf8')
  if (!text.includes(MARKER_PLACEHOLDER)) return file
  const contents = new Uint8Array(Buffer.from(text.replace(MARKER_PLACEHOLDER, marker)))
  return { path: file.path, contents, hash: file.hash, text: new TextDecoder().decode(contents) }
}

/**
 * An esbuild plugin that prepares the bundle for the patch packages `bootstrap`
 * names (default: AUTOWRAPT_BOOTSTRAP at build time). Their hooks still load
 * from node_modules at run time, under `--import autowrapt/register`.
 */
export function autowrapt(options: AutowraptBundlerOptions = {}): Plugin {
  return {
    name: 'autowrapt',
    setup(build) {
      const initial = build.initialOptions
      const core = createBuildCore(options, 'esbuild', initial.absWorkingDir ?? process.cwd())
      build.onStart(() => ({ warnings: core.takeMessages().map((text) => ({ text })) }))
      if (core.empty) return
      const names = [...core.packages].map(escapeRegExp).join('|')
      build.onResolve({ filter: new RegExp(`^(?:${names})(?:/.*)?$`) }, async (args) => {
        if ((args.pluginData as Record<string, unknown> | undefined)?.[SKIP]) return undefined
        if (options.externalize) {
          core.resolved(args.path, undefined, true)
          return { path: args.path, external: true }
        }
        const result = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          namespace: args.namespace,
          pluginData: { [SKIP]: true },
          with: args.with,
        })
        if (result.errors.length > 0) return undefined
        core.resolved(args.path, result.external ? undefined : result.path, result.external)
        return {
          path: result.path,
          external: result.external,
          namespace: result.namespace,
          sideEffects: result.sideEffects,
          suffix: result.suffix,
          pluginData: result.pluginData,
        }
      })
      build.onLoad({ filter: new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/].*\\.[cm]?js$`) }, (args) => {
        if (args.namespace !== 'file' || !core.wants(args.path)) return undefined
        const source = readFileSync(args.path, 'utf8')
        const code = core.transform(args.path, source)
        const warnings = core.takeMessages().map((text) => ({ text }))
        return { contents: code ?? source, loader: 'js', resolveDir: dirname(args.path), warnings }
      })
      if (options.externalize) {
        build.onEnd(() => {
          process.stderr.write(`${core.externalsNotice()}\n`)
        })
      }
      initial.banner = { ...initial.banner, js: initial.banner?.js ? `${initial.banner.js}\n${core.banner}` : core.banner }
      // The marker is known when the build is over: the outputs are kept in
      // memory, get it, and are written as esbuild would have written them.
      const write = initial.write !== false
      initial.write = false
      build.onEnd((result) => {
        if (result.outputFiles === undefined) return
        const marker = core.encodedMarker()
        const files = result.outputFiles.map((file) => withMarker(file, marker))
        if (!write) {
          result.outputFiles = files
          return
        }
        for (const file of files) {
          mkdirSync(dirname(file.path), { recursive: true })
          writeFileSync(file.path, file.contents)
        }
        delete result.outputFiles
      })
    },
  }
}

export { autowrapt as autowraptEsbuild }
export default autowrapt
