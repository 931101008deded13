// Builtin targets. A builtin exists before any application code runs, so a
// hook on it fires as soon as it is registered (wrapt's "already imported"
// rule), on the one real module object. The registry then calls
// module.syncBuiltinESMExports(), so require('http'), require('node:http'),
// process.getBuiltinModule('http') and every ESM import form see the same
// patched functions, with no ESM loader involved.
import { moduleInfo } from '../core/module-instance.js'
import type { Registry } from '../core/registry.js'
import type { Target } from '../core/targets.js'

export function installBuiltinAdapter(registry: Registry): void {
  const seen = new Set<string>()
  const fire = (target: Target) => {
    if (target.kind !== 'builtin' || seen.has(target.name)) return
    seen.add(target.name)
    const exports = process.getBuiltinModule(target.name) as object
    registry.moduleLoaded(target, exports, exports, moduleInfo(target.name, 'builtin'))
  }
  registry.onNewTarget(fire)
  for (const target of registry.targets()) fire(target)
}
