// ESM entry of autowrapt/rollup: `import autowrapt from 'autowrapt/rollup'` gets the plugin factory.
import cjs from './rollup.js'

export const { autowrapt, autowraptRollup } = cjs
export default cjs.autowrapt
export type * from './rollup.js'
