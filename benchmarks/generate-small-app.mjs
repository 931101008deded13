// Generates the small application of the startup benchmark: the cost every
// short process pays (a CLI run, a worker, a cluster member, a cold start).
// `small.cjs` requires one targeted package, and `small-patches` declares only
// that CommonJS target. `ranges.cjs` requires 20 packages, each the target of
// one hook, once without `versions` (ranges-plain) and once with a range on
// every hook (ranges-versioned), to price the range checks.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const RANGE_TARGETS = Array.from({ length: 20 }, (_, i) => `small-t${String(i).padStart(2, '0')}`)

function write(root, files) {
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

const hook = `'use strict'
module.exports = function wrapGreet(exports, info) {
  if (process.env.BENCH_VERIFY) process.stderr.write(\`bench-hook fired: \${info.name} (\${info.format})\\n\`)
  const original = exports.greet
  exports.greet = function greet() { return original.apply(this, arguments) }
}
`

function patchPackage(name, hooks) {
  return { 'package.json': JSON.stringify({ name, version: '1.0.0', autowrapt: { hooks } }, null, 2) + '\n', 'hooks/wrap-greet.js': hook }
}

function files() {
  const out = {}
  for (const t of RANGE_TARGETS) {
    out[`node_modules/${t}/package.json`] = JSON.stringify({ name: t, version: '1.4.2', main: 'index.js' }) + '\n'
    out[`node_modules/${t}/index.js`] = `'use strict'\nexports.greet = (who) => 'hello ' + who + ' from ${t}'\n`
  }
  const plain = Object.fromEntries(RANGE_TARGETS.map((t) => [t, './hooks/wrap-greet.js']))
  const versioned = Object.fromEntries(RANGE_TARGETS.map((t) => [t, { hook: './hooks/wrap-greet.js', versions: '>=1.2.0 <2 || ^3.0.0-rc.1' }]))
  for (const [name, files] of Object.entries({
    'small-patches': patchPackage('small-patches', { 'small-t00': './hooks/wrap-greet.js' }),
    'ranges-plain': patchPackage('ranges-plain', plain),
    'ranges-versioned': patchPackage('ranges-versioned', versioned),
  })) {
    for (const [path, text] of Object.entries(files)) out[`node_modules/${name}/${path}`] = text
  }
  out['small.cjs'] = `'use strict'\nconsole.log(require('small-t00').greet('small app'))\n`
  out['ranges.cjs'] = `'use strict'\nlet n = 0\n${RANGE_TARGETS.map((t) => `n += require('${t}').greet('x').length`).join('\n')}\nconsole.log(n)\n`
  const deps = Object.fromEntries([...RANGE_TARGETS, 'small-patches', 'ranges-plain', 'ranges-versioned'].map((n) => [n, '1.0.0']))
  out['package.json'] = JSON.stringify({ name: 'bench-small-app', version: '1.0.0', private: true, dependencies: deps }, null, 2) + '\n'
  // The floors: a pass-through module.registerHooks pair (in-thread), and a
  // pass-through module.register loader (off-thread, Node 20).
  out['preload-noop-sync.mjs'] = `import { registerHooks } from 'node:module'
registerHooks({ resolve: (specifier, context, next) => next(specifier, context), load: (url, context, next) => next(url, context) })
`
  out['preload-noop-register.mjs'] = `import { register } from 'node:module'\nregister('./noop-loader.mjs', import.meta.url)\n`
  out['noop-loader.mjs'] = `export function resolve(specifier, context, next) { return next(specifier, context) }
export function load(url, context, next) { return next(url, context) }
`
  // The same floors loaded the way autowrapt is (\`--import autowrapt/register\`):
  // by a package name resolved through package.json \`exports\`, which costs
  // Node a resolution the relative path above does not.
  out['node_modules/noop-preload/package.json'] = JSON.stringify({ name: 'noop-preload', version: '1.0.0', exports: { './sync': './sync.mjs', './thread': './thread.mjs' } }) + '\n'
  out['node_modules/noop-preload/sync.mjs'] = out['preload-noop-sync.mjs']
  out['node_modules/noop-preload/thread.mjs'] = `import { register } from 'node:module'\nregister('./loader.mjs', import.meta.url)\n`
  out['node_modules/noop-preload/loader.mjs'] = out['noop-loader.mjs']
  return out
}

/** Builds the small app into `dir` unless its stamp matches this generator. */
export function generateSmallApp(dir) {
  const stamp = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16)
  const stampFile = join(dir, '.stamp')
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { dir, regenerated: false }
  rmSync(dir, { recursive: true, force: true })
  write(dir, files())
  symlinkSync('../../..', join(dir, 'node_modules', 'autowrapt'), 'dir')
  writeFileSync(stampFile, stamp)
  return { dir, regenerated: true }
}
