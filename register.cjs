'use strict'
// Side-effect entry: NODE_OPTIONS="--require autowrapt/register" or
// "--import autowrapt/register". With AUTOWRAPT_BOOTSTRAP unset or empty this
// file is all that loads: no hook library, no loader thread. Otherwise the
// runtime loads through its code cache (src/load-runtime.ts).
if (/[^\s,]/.test(process.env.AUTOWRAPT_BOOTSTRAP || '')) require('./dist/load-runtime.js').loadRuntime().bootstrap()
for (const k in process.env) if (k.startsWith('AUTOWRAPT_') && k !== 'AUTOWRAPT_BOOTSTRAP') { require('./dist/core/env-check.js').checkEnvironment(); break } // issue 26: no silence (src/core/env-check.ts)
