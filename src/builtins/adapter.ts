// Builtin targets. A builtin exists before any application code runs, so a
// hook on it fires as soon as it is registered (wrapt's "already imported"
// rule), on the one real module object. The registry then calls
// module.syncBuiltinESMExports(), so require('http'), require('node:http'),
// process.getBuiltinModule('http') and every ESM import form see the same
// patched functions, with no ESM loader involved.
//
// Loading a builtin at bootstrap must not print what the application would
// not: a deprecated (`sys`) or experimental (`node:sqlite` on Node 22) builtin
// emits a warning when first loaded, and --throw-deprecation turns the
// deprecation into a crash. So the load is quiet: warnings emitted while
// autowrapt loads it are held back (the debug log names them). If the module
// still cannot be loaded, that target's hooks are reported as unavailable.
// The trade-off (README, Limitations): an application that loads it later
// does not get that one-time warning either.
import { moduleInfo } from '../core/module-instance.js'
import type { Registry } from '../core/registry.js'
import type { Target } from '../core/targets.js'
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'

/** process.getBuiltinModule with warnings emitted during the load held back. */
function loadQuietly(name: string): object {
  const emitWarning = process.emitWarning
  const held: string[] = []
  process.emitWarning = function holdWarning(warning: string | Error) {
    held.push(typeof warning === 'string' ? warning : warning?.message)
  } as typeof process.emitWarning
  try {
    return process.getBuiltinModule(name) as object
  } finally {
    process.emitWarning = emitWarning
    if (held.length > 0 && debugEnabled)
      debug('builtin', `loading ${name} for its hooks emitted ${held.length} warning(s), held back: ${held.join(' | ')}`)
  }
}

export function installBuiltinAdapter(registry: Registry): void {
  const seen = new Set<string>()
  const fire = (target: Target) => {
    if (target.kind !== 'builtin' || seen.has(target.name)) return
    seen.add(target.name)
    let exports: object
    try {
      exports = loadQuietly(target.name)
    } catch (error) {
      const reason = `loading builtin ${target.name} threw ${describeError(error)}`
      registry.markUnavailable('builtin', (t) => t.name === target.name, reason)
      warn(WarningCode.AdapterUnavailable, `${reason}; its hooks are reported as unavailable, the other builtins are still patched`)
      return
    }
    registry.moduleLoaded(target, exports, exports, moduleInfo(target.name, 'builtin'))
  }
  registry.onNewTarget(fire)
  for (const target of registry.targets()) fire(target)
}
