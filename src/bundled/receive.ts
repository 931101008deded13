// The run-time side of a bundle built with an autowrapt plugin (src/bundler/).
// The bundle publishes on two diagnostics_channels and never names autowrapt:
// - `autowrapt:bundle`, once when it starts: the marker of what its build did,
//   kept for the report; and from each traced file, whether its channel is on;
// - `autowrapt:bundled-module`, when a target's module inside it has run: its
//   exports go through the registry exactly as a require() or import would
//   send them, and the exports the hooks leave are handed back.
// Subscribed at bootstrap only when some hook or tracing entry could be inside a
// bundle; with AUTOWRAPT_BOOTSTRAP unset nobody subscribes, and the bundle's
// modules keep their own exports.
import { subscribe } from 'node:diagnostics_channel'
import { BUNDLE_CHANNEL, BUNDLED_MODULE_CHANNEL, decodeMarker } from '../core/bundle-marker.js'
import { commonJsInstance } from '../core/module-instance.js'
import type { State } from '../core/state.js'
import { parseTarget } from '../core/targets.js'
import { debug, debugEnabled } from '../report/log.js'
import type { ModuleInfo } from '../types.js'

type ModuleMessage = { target?: unknown; version?: unknown; format?: unknown; file?: unknown; exports?: unknown }

const isObjectLike = (value: unknown): value is object => (typeof value === 'object' && value !== null) || typeof value === 'function'

function onBundledModule(state: State, message: ModuleMessage): void {
  if (typeof message.target !== 'string' || typeof message.file !== 'string') return
  const target = parseTarget(message.target)
  if (!target.ok || target.value.kind === 'builtin') return
  const format = message.format === 'module' ? 'module' : 'commonjs'
  const version = typeof message.version === 'string' ? message.version : undefined
  const info: ModuleInfo = { name: target.value.name, ...(version !== undefined ? { version } : {}), format, bundled: message.file }
  // A CommonJS instance is its exports, as for a required module; an ES
  // module's view (made once per module by the bundle) stands for the module.
  const key = format === 'commonjs' ? commonJsInstance(message.exports, `bundled:${message.file}`) : message.exports
  if (!isObjectLike(key)) return
  if (debugEnabled) debug('core', `bundled module ${message.file} (${format}) ran: firing the hooks of "${target.value.name}"`)
  message.exports = state.registry.moduleLoaded(target.value, key, message.exports, info)
}

/** A traced file in a bundle asks whether its channel is on: an entry of this process names it, and AUTOWRAPT_DISABLE does not turn it off. */
function onChannelQuery(state: State, message: { channel: string; enabled?: unknown }): void {
  message.enabled = state.tracing.some((record) => record.channel === message.channel && !record.disabled)
}

function onBundle(state: State, message: { marker?: unknown; channel?: unknown }): void {
  if (typeof message.channel === 'string') return onChannelQuery(state, message as { channel: string })
  if (typeof message.marker !== 'string') return
  const marker = decodeMarker(message.marker)
  if (marker === undefined) return
  state.bundles.push(marker)
  if (debugEnabled)
    debug(
      'core',
      `a bundle built by ${marker.bundler} with autowrapt ${marker.autowrapt} started: ${marker.hooks.length} hook(s), ${marker.tracing.length} tracing entr(ies) prepared`,
    )
}

/** Listens for bundles built with an autowrapt plugin. Once per process. */
export function subscribeBundles(state: State): void {
  subscribe(BUNDLED_MODULE_CHANNEL, (message) => onBundledModule(state, message as ModuleMessage))
  subscribe(BUNDLE_CHANNEL, (message) => onBundle(state, message as { marker?: unknown; channel?: unknown }))
}
