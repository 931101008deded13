// ESM entry of autowrapt/webpack.
import cjs from './webpack.js'

export const { AutowraptWebpackPlugin } = cjs
export default cjs.AutowraptWebpackPlugin
export type * from './webpack.js'
