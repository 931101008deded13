// How register.cjs loads dist/runtime.js: through a V8 code cache, so that a
// process start does not compile autowrapt again. Compiling the bundle and the
// functions its bootstrap runs is most of what autowrapt costs a small process
// (benchmarks/results/startup-*.json); with the cache, V8 deserialises them.
//
// The cache is made after the first start has run (so it holds the functions
// compiled then, not only the top level, which is all Node's own compile cache
// keeps for a CommonJS file) and written once, a second after the start or at
// exit. Where it lives (README, "Code cache"): AUTOWRAPT_CACHE names a
// directory, or 0 to turn it off; by default a per-user cache directory.
// A cache file is code, so only a regular file owned by this user and writable
// by nobody else is read, in a directory created private; a file V8 refuses
// (another V8, other flags, corruption) is compiled from source and replaced.
// Any failure here costs the cache, never the start: the runtime then loads
// with a plain require().
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs'
import { createRequire, Module } from 'node:module'
import { dirname, isAbsolute, join, resolve, sep } from 'node:path'
import { constants as vmConstants, Script } from 'node:vm'
import type * as RuntimeModule from './runtime.js'

type Runtime = typeof RuntimeModule

// Joined by hand (as the cache file's path below): __dirname is absolute and
// normalised, and every path.join is path work on a start (package-info.ts).
const RUNTIME = `${__dirname}${sep}runtime.js`
// Replaced by scripts/bundle.mjs with a hash of the bundle's content: npm
// gives every published file the same mtime, so size and mtime alone cannot
// tell two releases apart, and V8 itself checks only the source's length.
const RUNTIME_ID = '@@AUTOWRAPT_RUNTIME_ID@@'
/** Oldest files beyond this many are removed when a new one is written. */
const KEEP_FILES = 32
// Word lists, not case-insensitive regular expressions: compiling an /i
// pattern costs about 0.2 ms on its first use, on every start.
const OFF = new Set(['0', 'false', 'off', 'no'])
const ON = new Set(['1', 'true', 'on', 'yes'])

/** The cache directory for this environment, or undefined when the cache is off or has nowhere to go. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const setting = env.AUTOWRAPT_CACHE?.trim()
  if (setting && OFF.has(setting.toLowerCase())) return undefined
  if (setting && !ON.has(setting.toLowerCase())) return resolve(setting)
  // From the environment, not os.homedir(): loading `os` costs more than the lookup.
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'autowrapt', 'Cache') : undefined
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'autowrapt')
  if (!env.HOME || !isAbsolute(env.HOME)) return undefined
  return platform === 'darwin' ? join(env.HOME, 'Library', 'Caches', 'autowrapt') : join(env.HOME, '.cache', 'autowrapt')
}

// FNV-1a over the process's options and its AUTOWRAPT_BOOTSTRAP: V8 refuses a
// cache made under other V8 flags, so processes started with different options
// keep different files instead of replacing each other's; and a cache holds the
// functions the start that wrote it ran, so each set of patch packages (a
// service, a CLI) keeps the file its own starts made.
function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

/** The cache file's name: this bundle (content, size, mtime), this Node, these options. */
export function cacheFileName(
  stat: Pick<Stats, 'size' | 'mtimeMs'>,
  options = `${process.execArgv.join(' ')}\n${process.env.NODE_OPTIONS ?? ''}\n${process.env.AUTOWRAPT_BOOTSTRAP ?? ''}`,
): string {
  return `runtime-${RUNTIME_ID}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}-${shortHash(options)}.v8cache`
}

/**
 * The file's bytes when it may be trusted as code (a regular file of this
 * user's that no one else can write), else why not; undefined when there is none.
 */
export function readTrusted(file: string): Buffer | string | undefined {
  let stat: Stats
  try {
    stat = lstatSync(file)
  } catch {
    return undefined
  }
  if (!stat.isFile()) return 'not a regular file'
  if (typeof process.getuid === 'function') {
    if (stat.uid !== process.getuid()) return `owned by uid ${stat.uid}, not this process's ${process.getuid()}`
    if ((stat.mode & 0o022) !== 0) return 'writable by other users'
  }
  return readFileSync(file)
}

function prune(dir: string): void {
  const files = readdirSync(dir).filter((name) => name.startsWith('runtime-') && name.endsWith('.v8cache'))
  if (files.length <= KEEP_FILES) return
  const byAge = files.map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs })).sort((a, b) => a.mtime - b.mtime)
  for (const { path } of byAge.slice(0, files.length - KEEP_FILES)) unlinkSync(path)
}

type Debug = (message: string) => void

function writeCache(script: Script, dir: string, file: string, debug: Debug): void {
  const temp = `${file}.${process.pid}.tmp`
  let fd: number | undefined
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    // Exclusive create: never through a file or link someone else put there.
    // Opened before the cache is serialised, which is the costly part: a
    // directory that cannot be written costs two system calls per start.
    fd = openSync(temp, 'wx', 0o600)
    const data = script.createCachedData()
    writeFileSync(fd, data)
    closeSync(fd)
    fd = undefined
    renameSync(temp, file)
    debug(`code cache written: ${file} (${data.length} bytes)`)
    prune(dir)
  } catch (error) {
    try {
      if (fd !== undefined) closeSync(fd)
      unlinkSync(temp)
    } catch {
      // never created
    }
    debug(`code cache not written to ${dir}: ${(error as Error).message}`)
  }
}

// A second after the start, or at exit if sooner: by then the application's
// start has run, hooks included, and compiled what it needs. Not at the first
// event loop turn: under --import on Node 20 the loop turns (the loader thread
// answers asynchronously) before the main module has run, and that cache held
// only the bootstrap's functions (148 KB against 190 KB on Node 22 to 26).
const WRITE_AFTER_MS = 1000
// Taken now, before the application runs: a test runner's fake timers
// replace the globals later, and would see (or warn about) this timer.
const { setTimeout: setTimer, clearTimeout: clearTimer } = globalThis

function writeLater(script: Script, dir: string, file: string, debug: Debug): void {
  const write = (): void => {
    clearTimer(timer)
    process.removeListener('exit', write)
    writeCache(script, dir, file, debug)
  }
  const timer = setTimer(write, WRITE_AFTER_MS)
  timer.unref()
  process.once('exit', write)
}

/** dist/runtime.js's exports, loaded through the code cache where there is one to use or make. */
export function loadRuntime(): Runtime {
  const existing = require.cache[RUNTIME]
  if (existing?.loaded) return existing.exports as Runtime
  const dir = cacheDirectory()
  if (dir === undefined) return require(RUNTIME) as Runtime
  let script: Script
  let file: string
  let cached: Buffer | undefined
  let distrusted: string | undefined
  try {
    file = `${dir}${sep}${cacheFileName(statSync(RUNTIME))}`
    const found = readTrusted(file)
    if (typeof found === 'string') distrusted = found
    else cached = found
    // The same wrapper as Node's CommonJS loader, on the same line, so stack traces keep their line numbers.
    const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(RUNTIME, 'utf8')}\n})`
    // The bundle has no import(), but one added later must behave as in a plain require().
    script = new Script(source, {
      filename: RUNTIME,
      cachedData: cached,
      importModuleDynamically: vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    })
  } catch {
    return require(RUNTIME) as Runtime
  }
  // A module like the one require() would make: same cache entry, so `require('autowrapt')`
  // from a hook file gets this instance; same node_modules paths (this file sits beside it).
  const runtimeModule = new Module(RUNTIME, module)
  runtimeModule.filename = RUNTIME
  runtimeModule.paths = module.paths
  require.cache[RUNTIME] = runtimeModule
  let threw = true
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void
    wrapper.call(runtimeModule.exports, runtimeModule.exports, createRequire(RUNTIME), runtimeModule, RUNTIME, dirname(RUNTIME))
    threw = false
  } finally {
    if (threw) delete require.cache[RUNTIME]
  }
  runtimeModule.loaded = true
  const runtime = runtimeModule.exports as Runtime
  const debug: Debug = (message) => runtime.debug('core', message)
  if (cached !== undefined && !script.cachedDataRejected) debug(`code cache used: ${file}`)
  else {
    if (distrusted !== undefined) debug(`code cache ignored, ${distrusted}: ${file}`)
    else if (cached !== undefined) debug(`code cache refused by V8 (another Node build, other V8 flags, or damaged): ${file}`)
    // Written by the main thread only: a worker, or Node 20's loader thread
    // (which runs --require preloads but no bootstrap), would replace it with
    // a file holding the few functions it ran.
    if (runtime.ownsProcessState()) writeLater(script, dir, file, debug)
  }
  return runtime
}
