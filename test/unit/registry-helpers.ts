import { vi } from 'vitest'
import { createRegistry } from '../../src/core/registry.js'
import { toTarget } from '../../src/core/targets.js'
import type { ModuleInfo, PostImportHook } from '../../src/types.js'

export const pkg = toTarget('some-pkg')
export const builtin = toTarget('node:http')

export function info(format: ModuleInfo['format'] = 'commonjs', extra: Partial<ModuleInfo> = {}): ModuleInfo {
  return { name: 'some-pkg', format, version: '1.0.0', ...extra }
}

export function fresh(strict = false) {
  return createRegistry({ strict })
}

export function entry(hook: PostImportHook, versions?: string) {
  return { load: () => hook, versions }
}

/** Captures process warnings as [code, message] pairs without printing them. */
export function captureWarnings(): Array<[string, string]> {
  const seen: Array<[string, string]> = []
  vi.spyOn(process, 'emitWarning').mockImplementation(((message: string, options: { code: string }) => {
    seen.push([options.code, message])
  }) as any)
  return seen
}
