// ESM entry of autowrapt/esbuild: `import autowrapt from 'autowrapt/esbuild'`
// gets the plugin factory (a CommonJS module's default would be its exports object).
import cjs from './esbuild.js'

export const { autowrapt, autowraptEsbuild } = cjs
export default cjs.autowrapt
export type * from './esbuild.js'
