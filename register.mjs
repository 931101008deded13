// Side-effect entry for `--import autowrapt/register` (package.json `exports`
// sends `import` here and `require` to register.cjs): the same check, as an
// ES module. With AUTOWRAPT_BOOTSTRAP unset or empty this file is all that
// loads. Node 22 loads an ES module here with less work than a CommonJS file
// imported from ESM: about 1.7 ms and 0.3 MB of every start (README,
// Performance); on 24 and 26 the two are alike.
import { createRequire } from 'node:module'
if (/[^\s,]/.test(process.env.AUTOWRAPT_BOOTSTRAP || '')) createRequire(import.meta.url)('./dist/load-runtime.js').loadRuntime().bootstrap()
for (const k in process.env) if (k.startsWith('AUTOWRAPT_') && k !== 'AUTOWRAPT_BOOTSTRAP') { createRequire(import.meta.url)('./dist/core/env-check.js').checkEnvironment(); break } // issue 26: no silence (src/core/env-check.ts)
