'use strict'
// Side-effect entry: NODE_OPTIONS="--require autowrapt/register" or
// "--import autowrapt/register". With AUTOWRAPT_BOOTSTRAP unset or empty this
// file is all that loads: no hook library, no loader thread. Otherwise the
// bootstrap loads with a plain require(), which Node's own compile cache
// (NODE_COMPILE_CACHE) covers when the operator turns it on.
// CommonJS under --import too, on purpose: Node 20 (and 22/24 before
// nodejs/node#57419) reads an ES module entry asynchronously, so a timer or
// I/O callback of an earlier --require preload could run, and import a target,
// before this bootstrap; a CommonJS file loads without an event-loop turn.
if (/[^\s,]/.test(process.env.AUTOWRAPT_BOOTSTRAP || '')) require('./dist/runtime.js').bootstrap()
for (const k in process.env) if (k.startsWith('AUTOWRAPT_') && k !== 'AUTOWRAPT_BOOTSTRAP') { require('./dist/core/env-check.js').checkEnvironment(); break } // issue 26: no silence (src/core/env-check.ts)
