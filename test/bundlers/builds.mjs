// The builds of the fixture application: each bundler x CommonJS and ESM output
// x minified or not, with the autowrapt plugin and without it (the plain
// bundle, the baseline a plugin build must equal when autowrapt is off), plus
// a hybrid build (one target external) and externalize mode. Each build says
// which bundler made it and how long it took (benchmarks/bundlers.mjs reads that).
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SUITE = dirname(fileURLToPath(import.meta.url))

/**
 * A copy of the application in `dir` with its fixture packages, and autowrapt
 * (`root`) linked in. Express and the bundlers resolve from this suite's
 * node_modules, so `dir` must be below test/bundlers/ or have them beside it.
 */
export function prepareApp(dir, root = join(SUITE, '../..')) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true })
  cpSync(join(SUITE, 'templates/app.mjs'), join(dir, 'app.mjs'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bundled-app', private: true, type: 'module' }))
  for (const pkg of readdirSync(join(SUITE, 'templates/packages')))
    cpSync(join(SUITE, 'templates/packages', pkg), join(dir, 'node_modules', pkg), { recursive: true })
  symlinkSync(relative(join(dir, 'node_modules'), root), join(dir, 'node_modules/autowrapt'), 'dir')
}

// Express is CommonJS and requires builtins: ES module output needs a
// `require`, as it does for any app bundling CommonJS packages.
const ESM_REQUIRE_BANNER = "import { createRequire as __autowraptAppRequire } from 'node:module'; const require = __autowraptAppRequire(import.meta.url);"

export const VARIANTS = [
  { format: 'cjs', minify: false },
  { format: 'cjs', minify: true },
  { format: 'esm', minify: false },
  { format: 'esm', minify: true },
]

export function outputName(bundler, variant, kind) {
  return `${bundler}-${variant.format}${variant.minify ? '-min' : ''}-${kind}.${variant.format === 'esm' ? 'mjs' : 'cjs'}`
}

/** esbuild: `kind` is plugin, plain, hybrid (cjs-lib external) or externalize. */
export async function buildEsbuild({ root, app, outDir, variant, kind }) {
  const { build } = await import(pathToFileURL(createRequire(join(app, 'x.js')).resolve('esbuild')).href)
  const plugin = (await import(pathToFileURL(join(root, 'dist/bundler/esbuild.mjs')).href)).default
  const outfile = join(outDir, outputName('esbuild', variant, kind))
  const plugins = kind === 'plain' ? [] : [plugin({ bootstrap: 'bundle-patches', cwd: app, externalize: kind === 'externalize' })]
  const started = process.hrtime.bigint()
  await build({
    entryPoints: [join(app, 'app.mjs')],
    absWorkingDir: app,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: variant.format,
    minify: variant.minify,
    outfile,
    sourcemap: variant.minify ? 'linked' : false,
    banner: variant.format === 'esm' ? { js: ESM_REQUIRE_BANNER } : undefined,
    external: kind === 'hybrid' ? ['cjs-lib'] : [],
    plugins,
    logLevel: 'error',
  })
  return { file: outfile, ms: Number(process.hrtime.bigint() - started) / 1e6 }
}

export const BUNDLERS = { esbuild: buildEsbuild }

/** webpack 5 (production mode minifies with terser; development does not). */
export async function buildWebpack({ root, app, outDir, variant, kind }) {
  const require = createRequire(join(app, 'x.js'))
  const webpack = require('webpack')
  const { AutowraptWebpackPlugin } = require(join(root, 'dist/bundler/webpack.js'))
  const filename = outputName('webpack', variant, kind)
  const esm = variant.format === 'esm'
  const config = {
    context: app,
    entry: join(app, 'app.mjs'),
    target: 'node20',
    mode: variant.minify ? 'production' : 'development',
    devtool: variant.minify ? 'source-map' : false,
    output: esm
      ? { path: outDir, filename, module: true, chunkFormat: 'module', library: { type: 'module' } }
      : { path: outDir, filename, library: { type: 'commonjs2' } },
    experiments: esm ? { outputModule: true } : {},
    externals: kind === 'hybrid' ? { 'cjs-lib': `${esm ? 'module' : 'commonjs'} cjs-lib` } : undefined,
    plugins: kind === 'plain' ? [] : [new AutowraptWebpackPlugin({ bootstrap: 'bundle-patches', cwd: app, externalize: kind === 'externalize' })],
    // Minified by terser as in production, without its compress pass: mangled
    // names and one line are what the injected code must survive, and compress
    // triples the suite's build time on two cores.
    optimization: variant.minify ? { minimizeOptions: { javascript: { compress: false } } } : undefined,
    infrastructureLogging: { level: 'error' },
    stats: 'errors-only',
  }
  const started = process.hrtime.bigint()
  await new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error)
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')))
      resolve()
    }),
  )
  return { file: join(outDir, filename), ms: Number(process.hrtime.bigint() - started) / 1e6 }
}

BUNDLERS.webpack = buildWebpack

/** rollup 4 with node-resolve, commonjs and json (express needs all three), terser when minified. */
export async function buildRollup({ root, app, outDir, variant, kind }) {
  const require = createRequire(join(app, 'x.js'))
  const load = async (name) => (await import(pathToFileURL(require.resolve(name)).href)).default
  const { rollup } = await import(pathToFileURL(require.resolve('rollup')).href)
  const [nodeResolve, commonjs, json, terser] = await Promise.all(
    ['@rollup/plugin-node-resolve', '@rollup/plugin-commonjs', '@rollup/plugin-json', '@rollup/plugin-terser'].map(load),
  )
  const autowrapt = (await import(pathToFileURL(join(root, 'dist/bundler/rollup.mjs')).href)).default
  const file = join(outDir, outputName('rollup', variant, kind))
  const started = process.hrtime.bigint()
  const bundle = await rollup({
    input: join(app, 'app.mjs'),
    external: kind === 'hybrid' ? ['cjs-lib'] : [],
    plugins: [
      ...(kind === 'plain' ? [] : [autowrapt({ bootstrap: 'bundle-patches', cwd: app, externalize: kind === 'externalize' })]),
      nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
      commonjs({ ignoreDynamicRequires: true }),
      json(),
    ],
    onwarn: () => {},
  })
  await bundle.write({ file, format: variant.format === 'esm' ? 'es' : 'cjs', sourcemap: variant.minify, plugins: variant.minify ? [terser({ compress: false })] : [] })
  await bundle.close()
  return { file, ms: Number(process.hrtime.bigint() - started) / 1e6 }
}

BUNDLERS.rollup = buildRollup
