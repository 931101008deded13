// Loads require-in-the-middle without paying for `debug`. RITM's index.js
// starts with `require('debug')('require-in-the-middle')`, and `debug` pulls
// in tty, net, os and supports-color: measured on Node 24 it was most of
// RITM's load cost (benchmarks/results/startup-*.json, "small app"). Its
// output only ever appears when DEBUG names a namespace, so when DEBUG is
// unset or empty a silent stand-in is put in require.cache for the duration
// of that one require, then removed: the application's own require('debug')
// still loads the real module. With DEBUG set, the real module is used.
import { Module } from 'node:module'
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

export function loadRequireInTheMiddle<T>(): T {
  if (process.env.DEBUG) return requireOwn<T>('require-in-the-middle')
  let debugPath: string
  try {
    debugPath = require.resolve('debug', { paths: [dirname(require.resolve('require-in-the-middle'))] })
  } catch {
    return requireOwn<T>('require-in-the-middle')
  }
  if (require.cache[debugPath] !== undefined) return requireOwn<T>('require-in-the-middle')
  const standIn = new Module(debugPath)
  standIn.filename = debugPath
  standIn.loaded = true
  standIn.exports = Object.assign(silentDebug, { enabled: () => false })
  require.cache[debugPath] = standIn
  try {
    return requireOwn<T>('require-in-the-middle')
  } finally {
    if (require.cache[debugPath] === standIn) delete require.cache[debugPath]
  }
}
