// Generates the synthetic application the startup benchmark runs: about 50
// fake packages under node_modules (half ESM with nested `export *` barrels,
// half CommonJS), modules that import each other and do a little real work,
// one patch package (bench-patches) and the preload files of the reference
// cases. Output is deterministic; a stamp file holds a hash of this file's
// source, so the app is rebuilt whenever the generator changes.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ESM_PACKAGES = 25
export const CJS_PACKAGES = 25
export const MODULES_PER_PACKAGE = 40
const GROUPS = 4 // second-level barrels per ESM package: index -> group -> module

/** The packages bench-patches hooks, besides node:http. Two ESM, three CommonJS:
 * cjs-pkg-05 is imported from ESM, cjs-pkg-20 only ever required. */
export const TARGETS = ['esm-pkg-03', 'esm-pkg-09', 'esm-pkg-17', 'cjs-pkg-05', 'cjs-pkg-11', 'cjs-pkg-20']

const pad = (n) => String(n).padStart(2, '0')
const esmName = (p) => `esm-pkg-${pad(p)}`
const cjsName = (p) => `cjs-pkg-${pad(p)}`

// Each module's exports carry the package and module number, so `export *`
// barrels never see two exports with one name.
function moduleBody(tag, j, depName) {
  return `export const NAME_${tag}_${j} = '${tag}/${j}'

export function compute_${tag}_${j}(n) {
  let sum = 0
  for (let i = 0; i < n; i++) sum += (i * 31 + ${j}) % 7
  return sum${depName ? ` + ${depName}(n >> 1)` : ''}
}

export function format_${tag}_${j}(value) {
  return \`\${NAME_${tag}_${j}}=\${value}\`
}

export class Widget_${tag}_${j} {
  constructor(size) {
    this.size = size
    this.label = format_${tag}_${j}(size)
  }
  grow(by) {
    return new Widget_${tag}_${j}(this.size + by)
  }
  area() {
    return compute_${tag}_${j}(this.size) * this.size
  }
}
`
}

function esmModule(p, j) {
  const tag = `e${p}`
  const lines = []
  let dep
  // A tree of in-package imports (m_j imports m_{j/2}), so module order matters.
  if (j > 0) {
    const k = j >> 1
    lines.push(`import { compute_${tag}_${k} } from './m${k}.js'`)
    dep = `compute_${tag}_${k}`
  }
  // The first modules of a package import the previous ESM package through its
  // barrel and, for the first ten packages, a CommonJS package (CJS from ESM).
  if (j === 0 && p > 0) lines.push(`import { compute_e${p - 1}_1 as previous } from '${esmName(p - 1)}'`, `export const PREVIOUS_${tag} = previous(3)`)
  if (j === 1 && p < 10) lines.push(`import cjs from '${cjsName(p)}'`, `export const FROM_CJS_${tag} = cjs.compute_c${p}_1(3)`)
  return `${lines.join('\n')}\n\n${moduleBody(tag, j, dep)}`
}

function cjsModule(p, j) {
  const tag = `c${p}`
  const lines = ["'use strict'"]
  let dep
  if (j > 0) {
    const k = j >> 1
    lines.push(`const { compute_${tag}_${k} } = require('./m${k}.js')`)
    dep = `compute_${tag}_${k}`
  }
  if (j === 0 && p > 0) lines.push(`const previous = require('${cjsName(p - 1)}')`, `exports.PREVIOUS_${tag} = previous.compute_c${p - 1}_1(3)`)
  // The ESM body, turned into CommonJS: declarations stay, `export` goes.
  const body = moduleBody(tag, j, dep).replace(/^export (const|function|class) /gm, '$1 ')
  const names = [`NAME_${tag}_${j}`, `compute_${tag}_${j}`, `format_${tag}_${j}`, `Widget_${tag}_${j}`]
  return `${lines.join('\n')}\n\n${body}\nObject.assign(exports, { ${names.join(', ')} })\n`
}

function packageJson(name, type) {
  return JSON.stringify({ name, version: '1.0.0', type, main: './index.js' }, null, 2) + '\n'
}

function esmPackage(p) {
  const files = { 'package.json': packageJson(esmName(p), 'module') }
  const perGroup = MODULES_PER_PACKAGE / GROUPS
  for (let j = 0; j < MODULES_PER_PACKAGE; j++) files[`m${j}.js`] = esmModule(p, j)
  for (let g = 0; g < GROUPS; g++) {
    const lines = []
    for (let j = g * perGroup; j < (g + 1) * perGroup; j++) lines.push(`export * from './m${j}.js'`)
    files[`group${g}.js`] = lines.join('\n') + '\n'
  }
  files['index.js'] = Array.from({ length: GROUPS }, (_, g) => `export * from './group${g}.js'`).join('\n') + '\n'
  return files
}

function cjsPackage(p) {
  const files = { 'package.json': packageJson(cjsName(p), 'commonjs') }
  for (let j = 0; j < MODULES_PER_PACKAGE; j++) files[`m${j}.js`] = cjsModule(p, j)
  const requires = Array.from({ length: MODULES_PER_PACKAGE }, (_, j) => `  require('./m${j}.js'),`)
  files['index.js'] = `'use strict'\nObject.assign(exports,\n${requires.join('\n')}\n)\n`
  return files
}

// The application: ESM entry importing every ESM package, half the CommonJS
// packages directly and the other half through a CommonJS module.
function appFiles() {
  const imports = ["import http from 'node:http'"]
  const uses = []
  for (let p = 0; p < ESM_PACKAGES; p++) {
    imports.push(`import * as e${p} from '${esmName(p)}'`)
    uses.push(`e${p}.compute_e${p}_${MODULES_PER_PACKAGE - 1}(20)`, `new e${p}.Widget_e${p}_7(2).grow(1).area()`)
  }
  const half = Math.ceil(CJS_PACKAGES / 2)
  for (let p = 0; p < half; p++) {
    imports.push(`import c${p} from '${cjsName(p)}'`)
    uses.push(`c${p}.compute_c${p}_${MODULES_PER_PACKAGE - 1}(20)`)
  }
  imports.push("import legacy from './legacy.cjs'")
  uses.push('legacy.total', 'Object.keys(http.STATUS_CODES).length', 'typeof http.request === "function" ? 1 : 0')
  const main = `${imports.join('\n')}\n\nconst checksum = [\n  ${uses.join(',\n  ')},\n].reduce((a, b) => a + b, 0)\nconsole.log('checksum', checksum)\n`
  const requires = []
  for (let p = half; p < CJS_PACKAGES; p++) requires.push(`  require('${cjsName(p)}').compute_c${p}_${MODULES_PER_PACKAGE - 1}(20),`)
  const legacy = `'use strict'\nexports.total = [\n${requires.join('\n')}\n].reduce((a, b) => a + b, 0)\n`
  const deps = Object.fromEntries(['bench-patches', ...Array.from({ length: ESM_PACKAGES }, (_, p) => esmName(p)), ...Array.from({ length: CJS_PACKAGES }, (_, p) => cjsName(p))].map((n) => [n, '1.0.0']))
  const pkg = JSON.stringify({ name: 'bench-app', version: '1.0.0', private: true, type: 'module', dependencies: deps }, null, 2) + '\n'
  return { 'main.mjs': main, 'legacy.cjs': legacy, 'package.json': pkg }
}

// The patch package. Each hook wraps one function pass-through (so the
// checksum is unchanged) and, in verification runs only, says that it fired.
function patchPackage() {
  const hooks = Object.fromEntries(TARGETS.map((t) => [t, './hooks/wrap-compute.js']))
  hooks['node:http'] = './hooks/http.js#patchHttp'
  const pkg = JSON.stringify({ name: 'bench-patches', version: '1.0.0', autowrapt: { hooks } }, null, 2) + '\n'
  const report = `function report(info) {
  if (process.env.BENCH_VERIFY) process.stderr.write(\`bench-hook fired: \${info.name} (\${info.format})\\n\`)
}
module.exports = report
`
  const wrapCompute = `'use strict'
const report = require('./report.js')
module.exports = function wrapCompute(exports, info) {
  report(info)
  for (const key of Object.keys(exports)) {
    if (!key.startsWith('compute_') || typeof exports[key] !== 'function') continue
    const original = exports[key]
    exports[key] = function () { return original.apply(this, arguments) }
    return
  }
}
`
  const http = `'use strict'
const report = require('./report.js')
exports.patchHttp = function patchHttp(http, info) {
  report(info)
  const original = http.request
  http.request = function request() { return original.apply(this, arguments) }
}
`
  return { 'package.json': pkg, 'hooks/report.js': report, 'hooks/wrap-compute.js': wrapCompute, 'hooks/http.js': http }
}

// Preloads for the reference cases. (d): import-in-the-middle wrapping every
// module, by the same mechanism autowrapt picks on this Node (in-thread sync
// hooks where import-in-the-middle supports them, else module.register), with
// a no-op Hook. (e): a pass-through module.register loader.
function preloadFiles() {
  const iitmAll = `import { register } from 'node:module'
import { supportsSyncHooks } from 'import-in-the-middle/supports-sync-hooks.mjs'
import { Hook } from 'import-in-the-middle'

if (supportsSyncHooks()) {
  const hooks = await import('import-in-the-middle/register-hooks.mjs')
  hooks.register()
} else {
  register('import-in-the-middle/hook.mjs', import.meta.url)
}
let wrapped = 0
Hook(() => { wrapped++ })
if (process.env.BENCH_VERIFY) process.on('exit', () => process.stderr.write(\`iitm wrapped \${wrapped}\\n\`))
`
  const noopRegister = `import { register } from 'node:module'
register('./noop-loader.mjs', import.meta.url)
`
  const noopLoader = `export function resolve(specifier, context, next) { return next(specifier, context) }
export function load(url, context, next) { return next(url, context) }
`
  const noopSync = `import { registerHooks } from 'node:module'
registerHooks({ resolve: (specifier, context, next) => next(specifier, context), load: (url, context, next) => next(url, context) })
`
  // What OpenTelemetry does for the same targets: import-in-the-middle's
  // hook.mjs on the loader thread with an include list, and
  // require-in-the-middle, every target name on both; pass-through hooks.
  const names = JSON.stringify([...TARGETS, 'http'])
  const peer = `import { register } from 'node:module'
import { Hook as IitmHook } from 'import-in-the-middle'
import RITM from 'require-in-the-middle'

const names = ${names}
register('import-in-the-middle/hook.mjs', import.meta.url, { data: { include: names } })
let fired = 0
new IitmHook(names, () => { fired++ })
new RITM.Hook(names, (exports) => { fired++; return exports })
if (process.env.BENCH_VERIFY) process.on('exit', () => process.stderr.write(\`peer fired \${fired}\\n\`))
`
  return {
    'preload-iitm-all.mjs': iitmAll,
    'preload-noop-register.mjs': noopRegister,
    'noop-loader.mjs': noopLoader,
    'preload-noop-sync.mjs': noopSync,
    'preload-peer.mjs': peer,
  }
}

function writeTree(root, files) {
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

/** Builds the app into `dir` unless its stamp matches this generator; returns stats. */
export function generateApp(dir) {
  const stamp = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16)
  const stampFile = join(dir, '.stamp')
  const stats = { dir, esmModules: ESM_PACKAGES * (MODULES_PER_PACKAGE + GROUPS + 1), cjsModules: CJS_PACKAGES * (MODULES_PER_PACKAGE + 1), packages: ESM_PACKAGES + CJS_PACKAGES, regenerated: false }
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return stats
  rmSync(dir, { recursive: true, force: true })
  const modules = join(dir, 'node_modules')
  for (let p = 0; p < ESM_PACKAGES; p++) writeTree(join(modules, esmName(p)), esmPackage(p))
  for (let p = 0; p < CJS_PACKAGES; p++) writeTree(join(modules, cjsName(p)), cjsPackage(p))
  writeTree(join(modules, 'bench-patches'), patchPackage())
  writeTree(dir, { ...appFiles(), ...preloadFiles() })
  // --import autowrapt/register and import-in-the-middle resolve from the app
  // directory: link them to this repository and its dependency.
  symlinkSync('../../..', join(modules, 'autowrapt'), 'dir')
  symlinkSync('../../../node_modules/import-in-the-middle', join(modules, 'import-in-the-middle'), 'dir')
  symlinkSync('../../../node_modules/require-in-the-middle', join(modules, 'require-in-the-middle'), 'dir')
  writeFileSync(stampFile, stamp)
  return { ...stats, regenerated: true }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(generateApp(join(dirname(fileURLToPath(import.meta.url)), '.generated')))
}
