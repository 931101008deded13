// What autowrapt relies on in require-in-the-middle and import-in-the-middle
// beyond their documented API. package.json pins both with `~`; when a release
// changes one of these behaviours, this file fails first, and names what broke.
//
// No upstream issue or proposal makes either behaviour public yet (searched the
// issue trackers of nodejs/require-in-the-middle and nodejs/import-in-the-middle):
// - RITM: a Hook's module list is read live on each require. The public
//   alternative, one `new Hook(null, { internals: true })` filtered by our own
//   name table (OpenTelemetry's singleton, open-telemetry/opentelemetry-js#3161),
//   sends every require through RITM's resolution, which the require filter
//   (src/cjs/filter.ts) exists to avoid. An `addModules()` method would make it public.
// - IITM: `create-hook.mjs` exports `createHook`, the factory behind both of its
//   loaders, with `applyOptions({ shouldInclude })`. Its README supports
//   `shouldInclude` "for predicates constructed on the loader thread", which is
//   what createHook gives, but the file is not named as API; its public
//   `register-hooks.mjs` registers at once and loads IITM at startup, which the
//   in-thread path defers until the first ESM target (see src/esm/start-loader.ts).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, itWhen, ROOT, runNode, type NodeBin } from '../helpers/node.js'

function runScript(node: NodeBin, source: string, type: 'commonjs' | 'module' = 'commonjs') {
  return runNode(node, ['--input-type', type, '-e', source], { preload: null })
}

const RITM_LIVE_LIST = `
const { Hook } = require('require-in-the-middle')
const names = []
new Hook(names, { internals: false }, (exports, name) => { console.log('hooked ' + name); return exports })
names.push('target-cjs', 'target-cjs/lib/inner')
require('target-cjs')
require('target-cjs/lib/inner.js')
`

const RITM_DELEGATES = `
const { Module } = require('node:module')
const seen = []
const before = Module.prototype.require
Module.prototype.require = function (id) { seen.push(id); return before.call(this, id) }
const { Hook } = require('require-in-the-middle')
const mine = Module.prototype.require
new Hook(['target-fn'], { internals: false }, (exports) => exports)
const installed = Module.prototype.require !== mine
require('target-cjs')
console.log(JSON.stringify({ installed, delegated: seen.includes('target-cjs') }))
`

const IITM_SHAPE = `
import { createHook } from 'import-in-the-middle/create-hook.mjs'
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
const hookUrl = pathToFileURL(createRequire(import.meta.url + '/').resolve('import-in-the-middle/hook.mjs')).href
const hooks = createHook({ url: hookUrl })
const shape = Object.fromEntries(['initialize', 'resolve', 'load', 'resolveSync', 'loadSync', 'applyOptions'].map((k) => [k, typeof hooks[k]]))
console.log(JSON.stringify({ shape, runtime: existsSync(fileURLToPath(new URL('lib/register.js', hookUrl))) }))
`

// The in-thread path as src/esm/start-loader.ts drives it: createHook's sync
// hooks under module.registerHooks, shouldInclude set through applyOptions,
// and the low-level addHook of the public entry told about included modules.
const IITM_SYNC = `
import { createHook } from 'import-in-the-middle/create-hook.mjs'
import { addHook } from 'import-in-the-middle'
import { createRequire, registerHooks } from 'node:module'
import { pathToFileURL } from 'node:url'
const hookUrl = pathToFileURL(createRequire(import.meta.url + '/').resolve('import-in-the-middle/hook.mjs')).href
const hooks = createHook({ url: hookUrl })
const asked = []
hooks.applyOptions({ shouldInclude (url, specifier) { asked.push(specifier); return specifier === 'target-esm' } })
registerHooks({ resolve: hooks.resolveSync, load: hooks.loadSync })
const seen = []
addHook((url, namespace) => { seen.push(url.replace(/^.*node_modules\\//, '')); namespace.greet = () => 'patched' })
const { greet } = await import('target-esm')
console.log(JSON.stringify({ asked: asked.includes('target-esm'), seen, greet: greet('x') }))
`

// What src/esm/iitm-bypass.ts relies on: createHook's sync hooks return Node's
// own result, the very object, for every resolution and load of a module they
// do not include, unless `?iitm` is involved or a wrapper has announced cycle
// bindings (star-self-cycle is such a target: its lib/registry.js, no target,
// gets the bindings import).
const IITM_PASSES_THROUGH = `
import { createHook } from 'import-in-the-middle/create-hook.mjs'
import { createRequire, registerHooks } from 'node:module'
import { pathToFileURL } from 'node:url'
const hookUrl = pathToFileURL(createRequire(import.meta.url + '/').resolve('import-in-the-middle/hook.mjs')).href
const hooks = createHook({ url: hookUrl })
hooks.applyOptions({ shouldInclude: (url, specifier) => specifier === 'star-self-cycle' || specifier === 'target-esm' })
const changed = { resolve: new Set(), load: new Set() }
let announced = false
const short = (url) => url.replace(/^.*node_modules\\//, '')
registerHooks({
  resolve (specifier, context, nextResolve) {
    let own
    const out = hooks.resolveSync(specifier, context, (s, c) => (own = nextResolve(s, c)))
    const iitmUrl = specifier.includes('?') || context.parentURL?.includes('?') || own.url.includes('?')
    if (out !== own && !iitmUrl) changed.resolve.add(specifier)
    return out
  },
  load (url, context, nextLoad) {
    let own
    const out = hooks.loadSync(url, context, (u, c) => (own = nextLoad(u, c)))
    if (url.includes('?')) announced ||= String(out.source).includes('iitm=bindings')
    else if (out !== own) changed.load.add(short(url))
    return out
  },
})
await import('target-esm')
await import('star-self-cycle')
console.log(JSON.stringify({ resolve: [...changed.resolve].sort(), load: [...changed.load], announced }))
`

// core/node-features.ts keeps its own copy of import-in-the-middle's version
// boundaries for in-thread hooks (asking iitm costs a require(esm) per start).
const OWN_FEATURES = join(ROOT, 'dist/core/node-features.js')
const SYNC_HOOKS_AGREE = `
import { supportsSyncHooks } from 'import-in-the-middle/supports-sync-hooks.mjs'
import { createRequire } from 'node:module'
const { syncHooksOn } = createRequire(import.meta.url + '/')(${JSON.stringify(OWN_FEATURES)})
console.log(JSON.stringify({ iitm: supportsSyncHooks(), autowrapt: syncHooksOn(process.versions.node) }))
`

forEachNode((node) => {
  describe(`upstream behaviours autowrapt relies on, on Node ${node.version}`, () => {
    it('require-in-the-middle reads its module list live: names pushed after new Hook() are hooked', () => {
      const r = runScript(node, RITM_LIVE_LIST)
      expect(r.stderr, 'require-in-the-middle changed: see src/cjs/adapter.ts').toBe('')
      // target-cjs requires its lib/inner.js while loading, so the order is not asserted.
      expect(r.stdout.trim().split('\n').sort()).toEqual(['hooked target-cjs', 'hooked target-cjs/lib/inner'])
    })

    it('require-in-the-middle installs its require at construction and passes other modules to the require it replaced', () => {
      const r = runScript(node, RITM_DELEGATES)
      expect(r.stderr, 'require-in-the-middle changed: see src/cjs/filter.ts').toBe('')
      expect(JSON.parse(r.stdout)).toEqual({ installed: true, delegated: true })
    })

    it('import-in-the-middle/create-hook.mjs exports createHook with both loaders\' hooks and applyOptions', () => {
      const r = runScript(node, IITM_SHAPE, 'module')
      expect(r.stderr, 'import-in-the-middle changed: see src/esm/start-loader.ts and src/esm/loader-thread.mts').toBe('')
      expect(JSON.parse(r.stdout)).toEqual({
        shape: { initialize: 'function', resolve: 'function', load: 'function', resolveSync: 'function', loadSync: 'function', applyOptions: 'function' },
        runtime: true,
      })
    })

    it('import-in-the-middle\'s supportsSyncHooks agrees with autowrapt\'s own copy of its version table', () => {
      const r = runScript(node, SYNC_HOOKS_AGREE, 'module')
      expect(r.stderr, 'import-in-the-middle changed its Node boundaries: update syncHooksOn in src/core/node-features.ts').toBe('')
      const answers = JSON.parse(r.stdout) as { iitm: boolean; autowrapt: boolean }
      expect(answers.autowrapt).toBe(answers.iitm)
    })

    itWhen(hasSyncHooks(node), `Node ${node.version} cannot run import-in-the-middle in-thread`, 'createHook\'s sync hooks consult shouldInclude and report included modules to addHook', () => {
      const r = runScript(node, IITM_SYNC, 'module')
      expect(r.stderr, 'import-in-the-middle changed: see src/esm/start-loader.ts').toBe('')
      expect(JSON.parse(r.stdout)).toEqual({ asked: true, seen: ['target-esm/index.js'], greet: 'patched' })
    })

    itWhen(hasSyncHooks(node), `Node ${node.version} cannot run import-in-the-middle in-thread`, 'createHook\'s sync hooks hand back Node\'s own result for every module they do not include, until a wrapper announces cycle bindings', () => {
      const r = runScript(node, IITM_PASSES_THROUGH, 'module')
      expect(r.stderr, 'import-in-the-middle changed: see src/esm/iitm-bypass.ts').toBe('')
      expect(JSON.parse(r.stdout)).toEqual({ resolve: ['star-self-cycle', 'target-esm'], load: ['star-self-cycle/lib/registry.js'], announced: true })
    })
  })
})
