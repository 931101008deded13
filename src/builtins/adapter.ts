// Builtin targets. A builtin exists before any application code runs, so a
// hook on it fires as soon as it is registered (wrapt's "already imported"
// rule), on the one real module object. The registry then calls
// module.syncBuiltinESMExports(), so require('http'), require('node:http'),
// process.getBuiltinModule('http') and every ESM import form see the same
// patched functions, with no ESM loader involved.
//
// Getting the module can throw: a deprecated builtin (`sys`, `punycode`) under
// --throw-deprecation throws its deprecation warning. That target's hooks are
// then reported as unavailable, and the other builtins are still patched.
import type { Registry } from '../core/registry.js'
import type { Target } from '../core/targets.js'
import { describeError, warn, WarningCode } from '../report/log.js'

export function installBuiltinAdapter(registry: Registry): void {
  const seen = new Set<string>()
  const fire = (target: Target) => {
    if (target.kind !== 'builtin' || seen.has(target.name)) return
    seen.add(target.name)
    let exports: object
    try {
      exports = process.getBuiltinModule(target.name) as object
    } catch (error) {
      const reason = `loading builtin ${target.name} threw ${describeError(error)}`
      registry.markUnavailable('builtin', (t) => t.name === target.name, reason)
      warn(WarningCode.AdapterUnavailable, `${reason}; its hooks are reported as unavailable, the other builtins are still patched`)
      return
    }
    registry.moduleLoaded(target, exports, exports, { name: target.name, format: 'builtin' })
  }
  registry.onNewTarget(fire)
  for (const target of registry.targets()) fire(target)
}
