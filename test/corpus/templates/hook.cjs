'use strict'
// The corpus hook, copied into every generated patch package. It records that
// it fired and wraps one function with a pass-through wrapper that counts calls.
// Its package.json `corpus` field says what to wrap (see packages.mjs).
const { corpus: config } = require('./package.json')
const autowrapt = require('autowrapt')
// `wrap` moves to the main entry; until then it lives in `autowrapt/wrap`.
const { wrap } = typeof autowrapt.wrap === 'function' ? autowrapt : require('autowrapt/wrap')

function state() {
  return (globalThis.__corpus ??= { fired: [], calls: {}, notes: [] })
}

function passThrough(original) {
  return function corpusWrapper(...args) {
    const { calls } = state()
    calls[config.label] = (calls[config.label] ?? 0) + 1
    if (calls[config.label] === 1) process.stderr.write(`[corpus-wrap] first call through ${config.label}\n`)
    return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args)
  }
}

// A copy of the exports with one accessor swapped: for modules whose exports
// are non-configurable accessors, which no in-place wrap can change.
function replaceExports(exports, name) {
  const wrapped = passThrough(exports[name])
  const copy = {}
  for (const key of Object.keys(exports)) {
    const get = key === name ? () => wrapped : () => exports[key]
    Object.defineProperty(copy, key, { get, enumerable: true, configurable: true })
  }
  return copy
}

exports.hook = function corpusHook(exports, info) {
  const s = state()
  s.fired.push({ name: info.name, format: info.format, version: info.version, filename: info.filename })
  process.stderr.write(`[corpus-hook] ${info.name} (${info.format}) fired\n`)
  if (config.wrap === '') return passThrough(exports)
  const path = config.wrap.split('.')
  const name = path.pop()
  const owner = path.reduce((object, key) => object[key], exports)
  if (config.strategy === 'replace-exports') return replaceExports(owner, name)
  if (wrap(owner, name, passThrough) === undefined) s.notes.push(`wrap(${config.wrap}) refused`)
  return undefined
}
