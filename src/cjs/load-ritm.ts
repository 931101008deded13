// Loads require-in-the-middle without paying for `debug`. RITM's index.js
// starts with `require('debug')('require-in-the-middle')`, and `debug` pulls
// in tty, net, os and supports-color: measured on Node 24 it was most of
// RITM's load cost (benchmarks/results/startup-*.json, "small app"). Its
// output only ever appears when DEBUG names a namespace, so when DEBUG is
// unset or empty, RITM's own require('debug') gets a silent stand-in: for the
// duration of that one synchronous require(), Module.prototype.require answers
// `debug` itself, then the function that was there is put back. Nothing is
// resolved or cached, so the application's own require('debug') still loads the
// real module. With DEBUG set, the real module is used (also the way to see
// RITM's lines when the application turns namespaces on from code).
import { Module } from 'node:module'
import { requireOwn } from '../core/own-modules.js'

type DebugFn = ((...args: unknown[]) => void) & { enabled: boolean; namespace: string; extend: (suffix: string) => DebugFn }
type RequireFn = (this: Module, id: string) => unknown

function silentDebug(namespace: string): DebugFn {
  const fn = (() => {}) as DebugFn
  fn.enabled = false
  fn.namespace = namespace
  fn.extend = (suffix: string) => silentDebug(`${namespace}:${suffix}`)
  return fn
}

const standIn = Object.assign(silentDebug, { enabled: () => false })

export function loadRequireInTheMiddle<T>(): T {
  if (process.env.DEBUG) return requireOwn<T>('require-in-the-middle')
  const proto = Module.prototype as unknown as { require: RequireFn }
  const before = proto.require
  proto.require = function requireWithoutDebug(this: Module, id: string): unknown {
    return id === 'debug' ? standIn : before.call(this, id)
  }
  try {
    return requireOwn<T>('require-in-the-middle')
  } finally {
    proto.require = before
  }
}
