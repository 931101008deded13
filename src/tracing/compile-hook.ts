// CommonJS on the loader-thread path: Module.prototype._compile, the one step
// every CommonJS file passes through with its source, whether it was reached by
// require() or imported from ESM. The off-thread `load` hook never sees the
// require() calls inside CommonJS code, and handing it CommonJS source would
// evaluate that module on the require(esm) bridge, which fails before Node
// 24.12 when its require() chain reaches ESM (nodejs/node#59666).
import type { TracingRecord } from '../core/tracing-records.js'
import { debug, debugEnabled } from '../report/log.js'
import type { EntryIndex } from './entry-index.js'
import { recordOutcome } from './outcomes.js'
import { enableSourceMaps } from './source-maps.js'
import { transformFile } from './transform.js'

type Compile = (this: unknown, content: string, filename: string, ...rest: unknown[]) => unknown

export function installCompileHook(index: EntryIndex<TracingRecord>, strict: boolean): void {
  const proto = (require('node:module') as { prototype: { _compile: Compile } }).prototype
  const original = proto._compile
  // Whatever _compile is installed now (Node's, or another agent's) stays in the chain.
  proto._compile = function autowraptTracingCompile(this: unknown, content: string, filename: string, ...rest: unknown[]) {
    const match = typeof filename === 'string' && typeof content === 'string' ? index.match(filename, 'commonjs') : undefined
    if (match !== undefined) {
      const code = transformFile(content, filename, 'commonjs', match, recordOutcome, strict)
      if (code !== undefined) {
        enableSourceMaps()
        content = code
      }
    }
    return original.call(this, content, filename, ...rest)
  }
  if (debugEnabled)
    debug('tracing', 'Module.prototype._compile step installed: CommonJS files named by tracing entries are transformed as they compile')
}
