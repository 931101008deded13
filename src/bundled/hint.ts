// AUTOWRAPT_BUNDLED: at exit, a hook or tracing entry on a package that never
// loaded, in a process whose main script looks like a bundle built without an
// autowrapt plugin, is most likely inside that bundle, where no require() or
// import of its name happens. Said once, with what to do; the report entries get
// the same reason. Runs at exit only, never on the startup path, and only
// reads the main script then.
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import type { State } from '../core/state.js'
import { isOwnModule } from '../core/own-modules.js'
import { ownPackageFile } from '../core/package-root.js'
import { debug, debugEnabled, warnNow, WarningCode } from '../report/log.js'

export type BundleGuess = { readonly file: string; readonly bundler: string | undefined; readonly reason: string }

// Each bundler's runtime leaves names or shapes that survive minification.
const RUNTIMES: ReadonlyArray<readonly [string, RegExp]> = [
  ['ncc', /__nccwpck_require__/],
  ['turbopack', /__turbopack_require__|TURBOPACK/],
  // Minified, webpack's require runs a module as `e[t].call(o.exports,o,o.exports,n)`.
  ['webpack', /__webpack_require__|__webpack_modules__|webpackChunk|\w\[\w\]\.call\(\w\.exports,\w,\w\.exports,\w\)/],
  ['esbuild', /\b__commonJS\b|\b__toESM\b|Dynamic require of "|\(\w=\{exports:\{\}\}\)\.exports/],
  // Minified, @rollup/plugin-commonjs leaves its getDefaultExportFromCjs body and its once-only require functions.
  [
    'rollup',
    /\bgetDefaultExportFromCjs\b|\bcommonjsGlobal\b|Could not dynamically require "|\w&&\w\.__esModule&&Object\.prototype\.hasOwnProperty\.call\(\w,"default"\)\?\w\.default:\w|function \w+\(\)\{if\(\w+\)return \w+;\w+=1[,;]/,
  ],
]
/** A main script this large that loaded no package by name is a bundle even without a known runtime. */
const LARGE = 512 * 1024
const COMMONJS_WRAPPER = /\{\s*exports\s*:\s*\{\s*\}\s*\}/
const MAX_READ = 64 * 1024 * 1024

function mainScript(): string | undefined {
  const main = process.argv[1]
  if (!main) return undefined
  try {
    return realpathSync(resolve(main))
  } catch {
    return undefined
  }
}

function readText(file: string, size: number): string {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(Math.min(size, MAX_READ))
    const read = readSync(fd, buffer, 0, buffer.length, 0)
    return buffer.toString('utf8', 0, read)
  } finally {
    closeSync(fd)
  }
}

// A package loaded by name lives under node_modules; autowrapt's own files and
// the patch packages' hook files are there too, and say nothing about the app.
function loadedPackageByName(state: State): boolean {
  const own = ownPackageFile('') + sep
  const patchDirs = new Set<string>()
  for (const record of state.registry.records()) if (record.origin) patchDirs.add(record.origin.packageDir + sep)
  for (const record of state.tracing) patchDirs.add(record.packageDir + sep)
  return Object.keys(require.cache).some(
    (file) =>
      file.includes(`${sep}node_modules${sep}`) &&
      !file.startsWith(own) &&
      !isOwnModule(file) &&
      ![...patchDirs].some((d) => file.startsWith(d)),
  )
}

/** Whether the main script looks like a bundle, and made by which bundler when known. */
export function guessBundle(state: State): BundleGuess | undefined {
  const file = mainScript()
  if (file === undefined || file.includes(`${sep}node_modules${sep}`)) return undefined
  let size: number
  try {
    size = statSync(file).size
  } catch {
    return undefined
  }
  let text: string
  try {
    text = readText(file, size)
  } catch {
    return undefined
  }
  for (const [bundler, pattern] of RUNTIMES) if (pattern.test(text)) return { file, bundler, reason: `${bundler}'s runtime is in it` }
  if (size >= LARGE && COMMONJS_WRAPPER.test(text) && !loadedPackageByName(state))
    return {
      file,
      bundler: undefined,
      reason: `it is ${Math.round(size / 1024)} KB, wraps CommonJS modules, and the process loaded no package by name`,
    }
  return undefined
}

/** The targets and traced packages that never loaded, that no bundle's marker accounts for. */
function unexplained(state: State): string[] {
  const covered = new Set<string>()
  for (const marker of state.bundles) {
    for (const hook of marker.hooks) covered.add(hook.target)
    for (const entry of marker.tracing) covered.add(entry.module)
  }
  const names: string[] = []
  for (const record of state.registry.records()) {
    if (record.disabled || record.outcomes.length > 0 || record.target.kind === 'builtin' || covered.has(record.target.name)) continue
    if (!names.includes(record.target.name)) names.push(record.target.name)
  }
  for (const record of state.tracing) {
    if (record.disabled || record.outcomes.length > 0 || covered.has(record.spec.moduleName)) continue
    if (!names.includes(record.spec.moduleName)) names.push(record.spec.moduleName)
  }
  return names
}

const HINT = Symbol.for('autowrapt.bundled-hint')
type Hint = { readonly reason: string | undefined; readonly names: readonly string[] }

/**
 * At exit: the reason to give not-loaded entries, or undefined when the app
 * does not look bundled. Decided and warned once per process (the report and
 * the exit handler both ask).
 */
export function bundledHint(state: State): Hint {
  const holder = state as unknown as Record<symbol, Hint | undefined>
  const known = holder[HINT]
  if (known !== undefined) return known
  let hint: Hint = { reason: undefined, names: [] }
  const names = unexplained(state)
  const guess = names.length > 0 ? guessBundle(state) : undefined
  if (guess !== undefined) {
    const by = guess.bundler ? ` by ${guess.bundler}` : ''
    hint = { reason: `inside ${guess.file}, which looks bundled${by} without the autowrapt plugin (AUTOWRAPT_BUNDLED)`, names }
    warnNow(
      WarningCode.Bundled,
      `${names.map((n) => `"${n}"`).join(', ')} never loaded by name: the main script ${guess.file} looks bundled${by} (${guess.reason}), so its modules load without a require() or import of their names. Build with the autowrapt plugin (autowrapt/esbuild, autowrapt/webpack, autowrapt/rollup) or mark ${names.length === 1 ? 'it' : 'them'} external and deploy ${names.length === 1 ? 'it' : 'them'} beside the bundle (docs/bundling.md)`,
    )
  } else if (debugEnabled && names.length > 0)
    debug('core', `not-loaded targets ${names.join(', ')}; the main script does not look bundled`)
  Object.defineProperty(state, HINT, { value: hint, enumerable: false })
  return hint
}
