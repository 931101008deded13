'use strict'
// Side-effect entry: NODE_OPTIONS="--require autowrapt/register" or
// "--import autowrapt/register". With AUTOWRAPT_BOOTSTRAP unset or empty this
// file is all that loads: no hook library, no loader thread. Otherwise the
// bootstrap loads with a plain require(), which Node's own compile cache
// (NODE_COMPILE_CACHE) covers when the operator turns it on.
if (/[^\s,]/.test(process.env.AUTOWRAPT_BOOTSTRAP || '')) require('./dist/runtime.js').bootstrap()
