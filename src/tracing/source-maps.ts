// Transformed code is regenerated from its AST, so without a source map every
// line number in it moves. Node applies the inline maps we append only while
// its source-map support is on, so it is switched on (process-wide) before
// the first transformed file compiles; it is never switched off.
import { debug, debugEnabled } from '../report/log.js'

let done = false

export function enableSourceMaps(): void {
  if (done) return
  done = true
  const mod = require('node:module') as { setSourceMapsSupport?: (enabled: boolean) => void; getSourceMapsSupport?: () => { enabled: boolean } }
  const proc = process as unknown as { sourceMapsEnabled?: boolean; setSourceMapsEnabled?: (enabled: boolean) => void }
  // module.setSourceMapsSupport: 22.14+/23.7+ (https://github.com/nodejs/node/pull/56639);
  // process.setSourceMapsEnabled before that (16.6+).
  if (mod.getSourceMapsSupport?.().enabled ?? proc.sourceMapsEnabled) return
  if (typeof mod.setSourceMapsSupport === 'function') mod.setSourceMapsSupport(true)
  else proc.setSourceMapsEnabled?.(true)
  if (debugEnabled) debug('tracing', 'source maps enabled, so stack traces through transformed files show their original lines')
}
