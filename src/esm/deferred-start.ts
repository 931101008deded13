// When the module.register loader thread must start (Node 20, older 22 and
// 24). Starting it costs a CommonJS process about as much as the rest of
// autowrapt together, and it serves only ES modules, which such a process
// reaches in few ways: its entry point, other --import preloads or loaders,
// or a CommonJS module that Node compiles through Module.prototype._compile
// (every require() does) and that is itself ESM (require(esm), including a
// typeless .js file with ESM syntax) or contains an `import(` expression.
// So when the entry point is CommonJS, no other ESM flag is given and no
// module loaded before bootstrap may load ESM, the thread starts just before
// the first such module is compiled, and a process without one never starts
// it. What this cannot see is listed in the README (Limitations), and a miss
// is silent, so this runs only when the operator asks (AUTOWRAPT_ESM=deferred).
import { readFileSync } from 'node:fs'
import { dirname, extname, join, resolve } from 'node:path'

const DYNAMIC_IMPORT = /\bimport\s*\(/
// An import or export statement at the start of a line or after `;`, `}` or
// a comment: what makes Node 20.19+ reparse a typeless .js file as ESM. Prose
// in comments ("// import the ...") does not start a line with the keyword.
const ESM_STATEMENT = /(?:^|[;}]|\*\/)[ \t]*(?:import\b\s*[\w$*{'"]|export\b\s*[\w$*{])/m

// The hook libraries and autowrapt itself (any copy) mention import() without
// loading ESM for the application, and starting the thread in the middle of
// loading import-in-the-middle would subscribe to its half-loaded exports.
const HOOK_TOOLING = /[\\/]node_modules[\\/](?:autowrapt|import-in-the-middle|require-in-the-middle)[\\/]/

/** Whether compiling this CommonJS-loader source may load an ES module. */
export function mayLoadEsm(source: string, format: string | undefined): boolean {
  if (format === 'module') return true
  if (DYNAMIC_IMPORT.test(source)) return true
  return format !== 'commonjs' && ESM_STATEMENT.test(source)
}

// Flags under which ES modules load before or beside the entry point. Only
// autowrapt's own --import is allowed; anything unreadable counts as ESM.
const ESM_FLAGS = new Set(['--import', '--loader', '--experimental-loader', '--input-type', '--experimental-default-type'])
const EVAL_FLAGS = new Set(['-e', '--eval', '-p', '--print', '-i', '--interactive'])

function isOwnRegister(value: string, ownRegisterFile: string): boolean {
  return value === 'autowrapt/register' || resolve(value) === ownRegisterFile
}

/** Whether process flags (execArgv and NODE_OPTIONS) may load ES modules other than through the entry point. */
export function flagsMayLoadEsm(args: readonly string[], ownRegisterFile: string): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const eq = arg.indexOf('=')
    const flag = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg
    if (EVAL_FLAGS.has(flag) || flag === '--experimental-vm-modules') return true
    if (!ESM_FLAGS.has(flag)) continue
    const value = eq !== -1 && flag !== arg ? arg.slice(eq + 1) : args[++i]
    if (flag !== '--import' || value === undefined || !isOwnRegister(value.replace(/^["']|["']$/g, ''), ownRegisterFile)) return true
  }
  return false
}

function packageType(file: string): unknown {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { type?: unknown }).type
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return 'module' // unreadable: assume the worst
    }
    if (dirname(dir) === dir) return undefined
  }
}

/** Whether the entry point is a CommonJS file (then it is compiled through Module.prototype._compile). */
export function entryIsCommonJs(entry: string | undefined): boolean {
  if (entry === undefined) return false
  const ext = extname(entry)
  if (ext === '.cjs') return true
  if (ext !== '.js' && ext !== '') return false
  try {
    return packageType(entry) !== 'module' && !mayLoadEsm(readFileSync(entry, 'utf8'), undefined)
  } catch {
    return false
  }
}

/**
 * Whether a module loaded before autowrapt's bootstrap (an earlier --require
 * preload, or the application when it requires autowrapt/register itself) may
 * load ESM later: it was compiled before the check below was in place.
 */
export function loadedModulesMayLoadEsm(cache: Record<string, unknown>, isOwn: (filename: string) => boolean): boolean {
  for (const filename of Object.keys(cache)) {
    if (isOwn(filename) || HOOK_TOOLING.test(filename)) continue
    const ext = extname(filename)
    if (ext === '.json' || ext === '.node') continue
    try {
      if (mayLoadEsm(readFileSync(filename, 'utf8'), ext === '.mjs' ? 'module' : ext === '.cjs' ? 'commonjs' : undefined)) return true
    } catch {
      return true // unreadable: assume the worst
    }
  }
  return false
}

/**
 * Calls `start` once, just before the first module compiled through
 * Module.prototype._compile that may load ESM. The wrapper stays (another
 * tool may have wrapped it since) and only passes through after that.
 */
export function startBeforeFirstEsm(start: (filename: string) => void): void {
  const Module = require('node:module') as { prototype: { _compile: (this: unknown, ...args: unknown[]) => unknown } }
  const original = Module.prototype._compile
  let started = false
  Module.prototype._compile = function compileWithEsmCheck(this: unknown, ...args: unknown[]) {
    if (
      !started &&
      typeof args[0] === 'string' &&
      !HOOK_TOOLING.test(String(args[1])) &&
      mayLoadEsm(args[0], args[2] as string | undefined)
    ) {
      started = true
      start(String(args[1]))
    }
    return original.apply(this, args)
  }
}
