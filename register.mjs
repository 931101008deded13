// Side-effect entry for `--import autowrapt/register` (package.json `exports`
// sends `import` here and `require` to register.cjs): the same check, as an
// ES module. With AUTOWRAPT_BOOTSTRAP unset or empty this file is all that
// loads. Node 22 loads an ES module here with less work than a CommonJS file
// imported from ESM; on 24 and 26 the two are alike.
import { createRequire } from 'node:module'
if (/[^\s,]/.test(process.env.AUTOWRAPT_BOOTSTRAP || '')) createRequire(import.meta.url)('./dist/runtime.js').bootstrap()
