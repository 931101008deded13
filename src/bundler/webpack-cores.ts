// The build cores of the webpack plugins in this process, by id: the loader
// (webpack-loader.ts) runs in webpack's process and finds its plugin's core here.
import type { BuildCore } from './core.js'

export const cores = new Map<string, BuildCore>()
