// Fresh registries and module infos for the registry's unit tests.
import { createRegistry } from '../../src/core/registry.js'
import { toTarget } from '../../src/core/targets.js'
import type { HookOrigin } from '../../src/core/hook-loader.js'
import type { ModuleInfo, PostImportHook } from '../../src/types.js'

export const pkg = toTarget('some-pkg')
export const builtin = toTarget('node:http')

export function info(format: ModuleInfo['format'] = 'commonjs', extra: Partial<ModuleInfo> = {}): ModuleInfo {
  return { name: 'some-pkg', format, version: '1.0.0', ...extra }
}

export function fresh(strict = false) {
  return createRegistry({ strict })
}

export function entry(hook: PostImportHook, versions?: string, origin?: HookOrigin) {
  return { load: () => hook, versions, origin }
}

export function origin(extra: Partial<HookOrigin> = {}): HookOrigin {
  return { packageName: 'acme-patches', packageDir: '/x/node_modules/acme-patches', file: 'hooks/a.js', exportName: undefined, group: undefined, ...extra }
}
