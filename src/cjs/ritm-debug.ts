// What require-in-the-middle's `require('debug')` gets inside the bundle:
// scripts/bundle.mjs bundles RITM into dist/runtime.js (so it loads from the
// code cache with the rest of the runtime) and points its `debug` here. Its
// lines only ever appear when DEBUG names a namespace; `debug` itself pulls in
// tty, net, os and supports-color, most of what loading RITM used to cost
// (benchmarks/results/startup-*.json, "small app"). So with DEBUG unset or
// empty RITM gets silent functions, and with DEBUG set the real `debug` when it
// is installed (RITM's own dependency: RITM stays in package.json for it). An
// application's own require('debug') is untouched either way.
import { dirname } from 'node:path'
import { requireOwn } from '../core/own-modules.js'

type DebugFn = ((...args: unknown[]) => void) & { enabled: boolean; namespace: string; extend: (suffix: string) => DebugFn }

function silentDebug(namespace: string): DebugFn {
  const fn = (() => {}) as DebugFn
  fn.enabled = false
  fn.namespace = namespace
  fn.extend = (suffix: string) => silentDebug(`${namespace}:${suffix}`)
  return fn
}

// RITM's own `debug` first (npm may nest it under RITM when the application
// has another major), then whichever autowrapt's folder resolves.
function realDebug(): (namespace: string) => DebugFn {
  try {
    return requireOwn(require.resolve('debug', { paths: [dirname(require.resolve('require-in-the-middle/package.json'))] }))
  } catch {
    return requireOwn('debug')
  }
}

function createDebug(namespace: string): DebugFn {
  if (!process.env.DEBUG) return silentDebug(namespace)
  try {
    return realDebug()(namespace)
  } catch {
    return silentDebug(namespace)
  }
}

export = createDebug
