// The environment `autowrapt run` gives its command: NODE_OPTIONS with our
// register entry preloaded, and the AUTOWRAPT_* switches. Pure, for testing.
import { pathToFileURL } from 'node:url'
import { parseNameList } from '../core/config.js'

export type RunSettings = { readonly bootstrap: string | undefined; readonly report: boolean }

/**
 * Whether NODE_OPTIONS already preloads autowrapt's register entry, by package
 * specifier, path or URL, with --import or --require. A second preload would be
 * harmless (bootstrap is idempotent) but noisy in `ps` and in debugging.
 */
export function preloadsRegister(nodeOptions: string, registerPath: string): boolean {
  const known = new Set(['autowrapt/register', registerPath, pathToFileURL(registerPath).href])
  return nodeOptions
    .split(/\s+/)
    .map((token) => token.replace(/^--(?:import|require)=/, '').replace(/^["']|["']$/g, ''))
    .some((token) => known.has(token))
}

/** NODE_OPTIONS plus `--import <file URL of register.cjs>`; a URL needs no quoting, even with spaces in the path. */
export function extendNodeOptions(nodeOptions: string | undefined, registerPath: string): string {
  const existing = (nodeOptions ?? '').trim()
  if (preloadsRegister(existing, registerPath)) return existing
  const preload = `--import ${pathToFileURL(registerPath).href}`
  return existing === '' ? preload : `${existing} ${preload}`
}

/** The child's environment, or a string saying what is missing. */
export function runEnvironment(env: NodeJS.ProcessEnv, settings: RunSettings, registerPath: string): NodeJS.ProcessEnv | string {
  const bootstrap = settings.bootstrap ?? env.AUTOWRAPT_BOOTSTRAP
  if (parseNameList(bootstrap).length === 0) {
    return settings.bootstrap === undefined
      ? 'no patch packages to apply: AUTOWRAPT_BOOTSTRAP is not set'
      : '--bootstrap names no patch package'
  }
  const child: NodeJS.ProcessEnv = {
    ...env,
    AUTOWRAPT_BOOTSTRAP: bootstrap,
    NODE_OPTIONS: extendNodeOptions(env.NODE_OPTIONS, registerPath),
  }
  if (settings.report) child.AUTOWRAPT_REPORT = '1'
  return child
}
