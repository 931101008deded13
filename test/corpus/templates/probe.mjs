// One probe: load one corpus package one way, fingerprint it, make its real
// call, and print one JSON line. run.mjs copies this file into .work/ so that
// bare specifiers resolve from there (generated patch packages and the decoy
// in .work/node_modules, corpus packages in ../node_modules) exactly as an
// application's would.
// Usage: node probe.mjs <packages.mjs URL> <package name> <require|import> <baseline|targeted|untargeted>
import { createRequire } from 'node:module'

const [packagesUrl, name, loader, mode] = process.argv.slice(2)
const { packages } = await import(packagesUrl)
const entry = packages.find((p) => p.name === name)
const require = createRequire(import.meta.url)

function typeOf(value) {
  return value === null ? 'null' : typeof value
}

// Export names and the typeof of each, one level deep.
function shape(value) {
  const type = typeOf(value)
  if (type !== 'object' && type !== 'function') return type
  const keys = {}
  for (const key of Object.keys(value).sort()) {
    try {
      keys[key] = typeOf(value[key])
    } catch (error) {
      keys[key] = `throws ${error?.name}`
    }
  }
  return { type, keys }
}

async function load(specifier) {
  if (loader === 'require') {
    const exports = require(specifier)
    return { api: exports, fingerprint: shape(exports) }
  }
  const ns = await import(specifier)
  const fingerprint = { namespace: shape(ns), default: 'default' in ns ? shape(ns.default) : undefined }
  return { api: entry?.api === 'default' || specifier === 'corpus-decoy' ? ns.default : ns, fingerprint }
}

function serialise(value) {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

const out = { name, loader, mode, node: process.versions.node }
try {
  const { api, fingerprint } = await load(name)
  out.fingerprint = fingerprint
  out.result = serialise(await entry.call(api))
  if (mode === 'untargeted') {
    const decoy = await load('corpus-decoy')
    out.decoy = decoy.api.ping()
  }
} catch (error) {
  out.error = String(error?.stack ?? error).split('\n').slice(0, 6).join('\n')
}
const state = globalThis.__corpus ?? { fired: [], calls: {}, notes: [] }
out.fired = state.fired
out.calls = state.calls
out.notes = state.notes
process.stdout.write(`\nCORPUS_RESULT ${JSON.stringify(out)}\n`)
