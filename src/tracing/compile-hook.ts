// CommonJS through Module.prototype._compile, the one step every CommonJS file
// passes through with its source, whether it was reached by require() or
// imported from ESM, and whichever Module._extensions handler read it.
// - On the loader-thread path it is the only CommonJS step: the off-thread
//   `load` hook never sees the require() calls inside CommonJS code, and handing
//   it CommonJS source would evaluate that module on the require(esm) bridge,
//   which fails before Node 24.12 when its require() chain reaches ESM (nodejs/node#59666).
// - Beside the in-thread `load` hook it is the CommonJS step too, because it
//   also sees the files that hook never does: loaders such as tsx replace
//   Module._extensions, and Node runs the `load` hook only inside its own
//   handlers. ES modules reached by require() (format 'module') are the
//   `load` hook's there, so they are left alone.
import type { TracingRecord } from '../core/tracing-records.js'
import { debug, debugEnabled } from '../report/log.js'
import type { EntryIndex } from './entry-index.js'
import { recordOutcome } from './outcomes.js'
import { enableSourceMaps } from './source-maps.js'
import { transformFile } from './transform.js'

type Compile = (this: unknown, content: string, filename: string, ...rest: unknown[]) => unknown

export function installCompileHook(index: EntryIndex<TracingRecord>, strict: boolean, besideLoadHook: boolean): void {
  const proto = (require('node:module') as { prototype: { _compile: Compile } }).prototype
  const original = proto._compile
  // Whatever _compile is installed now (Node's, or another agent's) stays in the chain.
  proto._compile = function autowraptTracingCompile(this: unknown, content: string, filename: string, ...rest: unknown[]) {
    // Node 22+ passes the format it detected; 'module' is an ES module reached by require().
    const esm = rest[0] === 'module'
    const match =
      typeof filename === 'string' && typeof content === 'string' ? index.match(filename, esm ? 'module' : 'commonjs') : undefined
    if (match !== undefined && !(esm && besideLoadHook)) {
      const code = transformFile(content, filename, esm ? 'module' : 'commonjs', match, recordOutcome, strict)
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
