// After tsc: autowrapt's own code becomes a few bundles, so that a start reads
// a handful of files instead of about sixty, and reads only the mechanisms its
// patch packages use:
//
//   dist/runtime.js          the core (register's bootstrap, discovery, the registry, the CommonJS and builtin adapters, the API)
//   dist/esm/adapter.js      the ESM adapter (loaded with the first package or file target)
//   dist/tracing/adapter.js  declarative tracing (loaded with the first `tracing` entry)
//   dist/report/report.js    the exit report (loaded only under AUTOWRAPT_REPORT, or by tracingStatus())
//   dist/wrap/wrap.js        the wrapping toolkit (loaded by `autowrapt/wrap` or `autowrapt`)
//   dist/otel/start.js       the OpenTelemetry bridge (AUTOWRAPT_OTEL, or the entries below)
//   dist/otel/register.js    `autowrapt/opentelemetry/register`'s second step
//   dist/opentelemetry.js    `autowrapt/opentelemetry` (AutowraptInstrumentation)
//
// Each lazy bundle replaces tsc's file of the same name, so the core's
// `require('./esm/adapter.js')` finds it where tsc put it. A module of the
// core that a lazy bundle also uses is not copied into it: the lazy bundle
// takes the core's instance from dist/runtime.js (`__modules`), so there is
// one instance of every module in the process (but for the stateless warning
// log, which each keeps a copy of). A module two lazy bundles use is moved
// into the core for the same reason.
//
// Only autowrapt's own code is bundled: every dependency (require-in-the-middle,
// import-in-the-middle, semver, es-module-lexer, the code transformer) stays
// the copy npm installed, loaded from node_modules when first needed. Node's
// compile cache (NODE_COMPILE_CACHE) covers these files like any other.
//
// dist/index.js and dist/wrap.js become facades over these bundles, and the
// ESM loader thread (module.register path) one file of its own.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const require = createRequire(import.meta.url)
const VERSION = JSON.stringify(require('../package.json').version)

const CORE = join(DIST, 'runtime.js')
const LAZY = ['esm/adapter.js', 'tracing/adapter.js', 'report/report.js', 'wrap/wrap.js', 'otel/start.js', 'otel/register.js', 'opentelemetry.js'].map((file) => join(DIST, ...file.split('/')))
const key = (file) => relative(DIST, file).split(sep).join('/')
// Stateless leaves (the warning log and its flag words): a lazy bundle keeps a
// copy instead of taking the core's, so that `autowrapt/wrap` alone never
// loads the core.
const COPIED = new Set(['report/log.js', 'report/flags.js'].map((file) => join(DIST, ...file.split('/'))))

// The ESM loader thread first, from tsc's files (before any is replaced).
// A loader thread reads each file through its own ESM loader, which costs
// more per file than the main thread's require().
const loaderThread = join(DIST, 'esm', 'loader-thread.mjs')
const loaderOut = join(DIST, 'esm', 'loader-thread.bundle.tmp.mjs')
await build({
  entryPoints: [loaderThread],
  outfile: loaderOut,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The bundled CommonJS modules call require() for Node's builtins (and
  // requireOwn() for es-module-lexer, by a computed name).
  banner: { js: "import { createRequire as __autowraptRequire } from 'node:module'\nconst require = __autowraptRequire(import.meta.url)" },
  define: { AUTOWRAPT_BUILD_VERSION: VERSION },
  logLevel: 'warning',
  logOverride: { 'unsupported-require-call': 'silent' },
})
renameSync(loaderOut, loaderThread)

/** An esbuild plugin: relative imports of `shared` files come from the core's table, of lazy bundles stay requires. */
function linker(self, shared) {
  return {
    name: 'autowrapt-linker',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const file = join(args.resolveDir, args.path)
        if (file === self) return undefined
        // As seen from the bundle's own file, not from the importing module's.
        if (LAZY.includes(file)) return { path: `./${relative(dirname(self), file).split(sep).join('/')}`.replace(/^\.\/\.\.\//, '../'), external: true }
        if (shared?.has(file)) return { path: key(file), namespace: 'autowrapt-core' }
        return undefined
      })
      build.onResolve({ filter: /^autowrapt-core:/ }, (args) => ({ path: args.path.slice('autowrapt-core:'.length), external: true }))
      build.onLoad({ filter: /.*/, namespace: 'autowrapt-core' }, (args) => {
        const runtime = relative(dirname(self), CORE).split(sep).join('/')
        return { contents: `module.exports = require(${JSON.stringify(`autowrapt-core:./${runtime}`)}).__modules[${JSON.stringify(args.path)}]`, loader: 'js' }
      })
    },
  }
}

async function bundle(entry, shared, stdin) {
  const result = await build({
    ...(stdin ? { stdin } : { entryPoints: [entry] }),
    outfile: entry,
    bundle: true,
    write: false,
    metafile: true,
    allowOverwrite: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    define: { AUTOWRAPT_BUILD_VERSION: VERSION },
    plugins: [linker(entry, shared)],
    logLevel: 'warning',
    // requireOwn() loads dependencies by a computed name on purpose.
    logOverride: { 'unsupported-require-call': 'silent' },
  })
  const inputs = new Set(Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('autowrapt-core:') && input !== '<stdin>').map((input) => join(process.cwd(), input)))
  return { text: result.outputFiles[0].text, inputs }
}

// The core's modules, then each lazy bundle's own; a file two lazy bundles
// reach joins the core.
const core = (await bundle(CORE)).inputs
const lazyInputs = []
const sharedWith = (entry) => new Set([...core].filter((file) => file !== entry && !COPIED.has(file)))
for (const entry of LAZY) lazyInputs.push((await bundle(entry, sharedWith(entry))).inputs)
const seen = new Set()
for (const inputs of lazyInputs) {
  for (const file of inputs) {
    if (LAZY.includes(file) || core.has(file) || COPIED.has(file)) continue
    if (seen.has(file)) core.add(file)
    seen.add(file)
  }
}

// The core's entry: dist/runtime.js's exports, plus the table of its modules.
const table = [...core]
  .filter((file) => file !== CORE)
  .sort()
  .map((file) => `Object.defineProperty(modules, ${JSON.stringify(key(file))}, { enumerable: true, get: () => require(${JSON.stringify(`./${key(file)}`)}) })`)
const coreEntry = `'use strict'
const runtime = require('./runtime.js')
const modules = Object.create(null)
${table.join('\n')}
module.exports = { ...runtime, __modules: modules }
`
// A bundle's own export code hides its names from Node's CommonJS export
// detection (cjs-module-lexer), so each lazy bundle ends with the annotation
// it reads (never run): ESM importers then get named exports.
function exportNames(file) {
  const names = [...readFileSync(file, 'utf8').matchAll(/^exports\.(\w+) = |^Object\.defineProperty\(exports, "(\w+)"/gm)].map((m) => m[1] ?? m[2])
  return [...new Set(names)].filter((name) => name !== '__esModule')
}
const annotation = (file) => {
  const names = exportNames(file)
  return names.length === 0 ? '' : `0 && (module.exports = { ${names.join(', ')} });\n`
}
const outputs = new Map()
outputs.set(CORE, (await bundle(CORE, undefined, { contents: coreEntry, resolveDir: DIST, sourcefile: 'runtime-entry.js', loader: 'js' })).text)
for (const entry of LAZY) outputs.set(entry, (await bundle(entry, sharedWith(entry))).text + annotation(entry))

// The facades, with the names tsc's own output of each entry exports, so a
// new export needs no change here; `exports.name = ...` lines, so that ESM
// importers get named exports through Node's CommonJS export detection
// (cjs-module-lexer), which a bundle's own export code does not give them.
const indexNames = Object.keys(require(join(DIST, 'index.js')))
const wrapNames = Object.keys(require(join(DIST, 'wrap.js')))
// Every public name must come from one of the two bundles: a name added to
// src/index.ts but not to src/runtime.ts fails the build, not a user's import.
const runtimeNames = new Set(exportNames(CORE))
const missing = indexNames.filter((name) => !wrapNames.includes(name) && !runtimeNames.has(name))
if (missing.length > 0) throw new Error(`src/index.ts exports ${missing.join(', ')}, which neither src/runtime.ts nor src/wrap.ts does`)
const facade = (comment, requires, lines) => `'use strict'\n// Generated by scripts/bundle.mjs: ${comment}\n${requires.join('\n')}\n${lines.join('\n')}\n`
for (const [file, text] of outputs) writeFileSync(file, text)
writeFileSync(
  join(DIST, 'index.js'),
  facade(
    'a facade over the runtime and the wrapping toolkit.',
    ["const runtime = require('./runtime.js')", "const wrap = require('./wrap/wrap.js')", 'if (process.env.AUTOWRAPT_BOOTSTRAP) runtime.checkMainEntryPreload()'],
    indexNames.map((name) => `exports.${name} = ${wrapNames.includes(name) ? 'wrap' : 'runtime'}.${name}`),
  ),
)
writeFileSync(
  join(DIST, 'wrap.js'),
  facade('a facade over the wrapping toolkit.', ["const wrap = require('./wrap/wrap.js')"], wrapNames.map((name) => `exports.${name} = wrap.${name}`)),
)

// core/state.ts read by other tsc files (the CLI, the testing helpers): the
// version written in, so that no start looks for package.json to learn it.
const state = join(DIST, 'core', 'state.js')
const stateText = readFileSync(state, 'utf8')
const marker = "typeof AUTOWRAPT_BUILD_VERSION === 'string'"
if (!stateText.includes(marker)) throw new Error('dist/core/state.js no longer reads AUTOWRAPT_BUILD_VERSION')
writeFileSync(state, stateText.replace(marker, 'true').replace('return AUTOWRAPT_BUILD_VERSION;', `return ${VERSION};`))
