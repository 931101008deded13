// The code the plugins put into a bundle. It never names autowrapt: it reaches
// the runtime through a diagnostics_channel (process.getBuiltinModule, so it
// needs no `require` binding and works in ES module output), and does nothing
// more than read `hasSubscribers` when no runtime listens (AUTOWRAPT_BOOTSTRAP
// unset): the module's exports pass through unchanged.
import { BUNDLE_CHANNEL, BUNDLED_MODULE_CHANNEL } from '../core/bundle-marker.js'
import type { ModuleFormat } from '../types.js'

/** What a wrapped module tells the runtime about itself (recorded at build time). */
export type HandoffInfo = { readonly target: string; readonly version: string | undefined; readonly file: string }

/** Replaced in the output, once the build is over, by the marker of what it did. */
export const MARKER_PLACEHOLDER = 'autowrapt-bundle/1:AUTOWRAPT_MARKER_PLACEHOLDER'

const channelOf = (name: string) =>
  `var g=typeof process=="object"&&process!==null&&process.getBuiltinModule,c=g&&g("node:diagnostics_channel").channel(${JSON.stringify(name)});`

/** One line at the top of the bundle: publishes the marker if autowrapt's runtime listens. */
export function markerBanner(): string {
  return `;(function(){${channelOf(BUNDLE_CHANNEL)}if(c&&c.hasSubscribers)c.publish({marker:${JSON.stringify(MARKER_PLACEHOLDER)}})})();`
}

function message(info: HandoffInfo, format: ModuleFormat, exports: string): string {
  const version = info.version === undefined ? 'undefined' : JSON.stringify(info.version)
  return `{target:${JSON.stringify(info.target)},version:${version},format:${JSON.stringify(format)},file:${JSON.stringify(info.file)},exports:${exports}}`
}

// An inline source map comment must stay last: code appended after the
// transformed body keeps every mapped line where it was.
function append(source: string, code: string): string {
  const map = /\n\/\/# sourceMappingURL=[^\n]*\n?$/.exec(source)
  if (map === null) return `${source}\n${code}\n`
  return `${source.slice(0, map.index)}\n${code}${source.slice(map.index)}`
}

/** A CommonJS module: after its body, module.exports goes to the runtime and comes back (a hook may replace it). */
export function wrapCommonJs(source: string, targets: readonly HandoffInfo[]): string {
  const calls = targets
    .map((t) => `if(c&&c.hasSubscribers){var m=${message(t, 'commonjs', 'module.exports')};c.publish(m);module.exports=m.exports}`)
    .join('')
  return append(source, `;(function(){${channelOf(BUNDLED_MODULE_CHANNEL)}${calls}})();`)
}

/**
 * An ES module: the runtime gets a view of its namespace, as import-in-the-middle
 * gives one to hooks of an unbundled app. Reads go to the module's own namespace
 * (a self-import, so re-exports are seen too); writes reach the local bindings
 * that can be assigned (`setters`: export name -> local name).
 */
export function wrapEsm(source: string, selfPath: string, targets: readonly HandoffInfo[], setters: ReadonlyMap<string, string>): string {
  const set = [...setters].map(([name, local]) => `${JSON.stringify(name)}:function(v){${local}=v}`).join(',')
  const view =
    `var s={${set}},h=Object.prototype.hasOwnProperty,n=__autowrapt_self,` +
    `d=function(k){return h.call(n,k)?{value:n[k],writable:h.call(s,k),enumerable:true,configurable:true}:undefined},` +
    `x=new Proxy({},{get:function(t,k){return n[k]},has:function(t,k){return k in n},ownKeys:function(){return Reflect.ownKeys(n)},` +
    `getOwnPropertyDescriptor:function(t,k){return d(k)},` +
    `set:function(t,k,v){if(!h.call(s,k))return false;s[k](v);return true},` +
    `defineProperty:function(t,k,p){if(!h.call(s,k)||!("value" in p))return false;s[k](p.value);return true},` +
    `deleteProperty:function(){return false}});`
  const calls = targets
    .map(
      (t) =>
        `if(c&&c.hasSubscribers){var m=${message(t, 'module', 'x')};c.publish(m);if(m.exports!==x&&h.call(s,"default"))s["default"](m.exports)}`,
    )
    .join('')
  const code = `import * as __autowrapt_self from ${JSON.stringify(selfPath)};\n;(function(){${channelOf(BUNDLED_MODULE_CHANNEL)}if(!c||!c.hasSubscribers)return;${view}${calls}})();`
  return append(source, code)
}

// code-transformer's prelude line, in each module system (after a directive
// prologue such as 'use strict', when the file has one).
const PRELUDES = {
  commonjs: 'const tr_ch_apm_dc = require("diagnostics_channel");',
  module: 'import tr_ch_apm_dc from "diagnostics_channel";',
} as const

/**
 * A traced file in a bundle publishes only while autowrapt's runtime says its
 * entry is on: with AUTOWRAPT_BOOTSTRAP unset, or the entry turned off by
 * AUTOWRAPT_DISABLE, its functions publish to a channel nobody subscribes to,
 * as the untransformed file would. It also needs no `require` binding (ES
 * module output). Undefined when the transformer's prelude is not the one
 * expected (a code-transformer release that changed it).
 */
export function gateTracing(code: string, format: 'commonjs' | 'module'): string | undefined {
  const prelude = PRELUDES[format]
  const at = code.indexOf(prelude)
  if (at === -1) return undefined
  const gate =
    `const tr_ch_apm_dc=(function(){var d=process.getBuiltinModule("node:diagnostics_channel"),c=d.channel(${JSON.stringify(BUNDLE_CHANNEL)});` +
    `return{tracingChannel:function(n){var m={channel:n,enabled:false};if(c.hasSubscribers)c.publish(m);return d.tracingChannel(m.enabled?n:"autowrapt:off:"+n)}}})();`
  return code.slice(0, at) + gate + code.slice(at + prelude.length)
}
