import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHookLoader, HookLoadError } from '../../src/core/hook-loader.js'
import { locateHookFile } from '../../src/core/hook-files.js'
import type { HookOrigin } from '../../src/core/hook-loader.js'
import { FIXTURES } from '../helpers/nodes.js'

const PACKAGES = join(FIXTURES, 'node_modules')

function origin(packageName: string, file: string, exportName?: string): HookOrigin {
  return { packageName, packageDir: join(PACKAGES, packageName), file, exportName, group: undefined }
}

function loadError(load: () => unknown): HookLoadError {
  try {
    load()
  } catch (error) {
    if (error instanceof HookLoadError) return error
    throw error
  }
  throw new Error('the loader did not throw')
}

describe('locating a hook file', () => {
  it('finds a file inside its package, with symlinks resolved', () => {
    expect(locateHookFile(join(PACKAGES, 'acme-patches'), 'hooks/target-cjs.js')).toEqual({ ok: true, value: join(PACKAGES, 'acme-patches/hooks/target-cjs.js') })
    expect(locateHookFile(join(PACKAGES, 'symlink-patches'), 'hooks/link.js')).toEqual({ ok: true, value: join(PACKAGES, 'symlink-patches/hooks/real.js') })
  })

  it('says when it is missing, or leads outside its package through a symlink', () => {
    const missing = locateHookFile(join(PACKAGES, 'missing-file-patches'), 'hooks/nope.js', 'the label')
    expect(missing).toEqual({ ok: false, problem: { code: 'AUTOWRAPT_HOOK_NOT_FOUND', message: `hook file the label does not exist (${join(PACKAGES, 'missing-file-patches/hooks/nope.js')})`, jsonPath: null } })
    const escaping = locateHookFile(join(PACKAGES, 'escape-patches'), 'hooks/link.js')
    expect(escaping).toEqual({ ok: false, problem: { code: 'AUTOWRAPT_UNSAFE_HOOK_PATH', message: `hook file hooks/link.js resolves outside its package (${join(FIXTURES, 'outside/evil.js')})`, jsonPath: null } })
  })

  it('refuses the package directory itself as a hook file', () => {
    const self = locateHookFile(join(PACKAGES, 'acme-patches'), '.')
    expect(self.ok).toBe(false)
  })
})

describe('loading a hook lazily', () => {
  it('picks the named export, loads the file once and returns the same function', () => {
    const load = createHookLoader(origin('acme-patches', 'hooks/inner.js', 'patchInner'))
    const hook = load()
    expect(hook).toBe(require(join(PACKAGES, 'acme-patches/hooks/inner.js')).patchInner)
    expect(load()).toBe(hook)
  })

  it('uses module.exports when it is a function, else the default export (CommonJS or ESM)', () => {
    expect(createHookLoader(origin('acme-patches', 'hooks/target-cjs.js'))()).toBeTypeOf('function')
    expect(createHookLoader(origin('esm-hook-patches', 'hook.mjs'))()).toBeTypeOf('function')
    expect(createHookLoader(origin('esm-hook-patches', 'named.mjs', 'patchEsm'))().name).toBe('patchEsm')
  })

  it('a missing file: AUTOWRAPT_HOOK_NOT_FOUND, the hook is skipped', () => {
    const error = loadError(createHookLoader(origin('missing-file-patches', 'hooks/nope.js')))
    expect(error.code).toBe('AUTOWRAPT_HOOK_NOT_FOUND')
    expect(error.message).toBe(`hook file hooks/nope.js of "missing-file-patches" does not exist (${join(PACKAGES, 'missing-file-patches/hooks/nope.js')}); the hook is skipped`)
    expect(error.original).toBeUndefined()
  })

  it('a file leading outside its package: AUTOWRAPT_UNSAFE_HOOK_PATH, refused and never loaded', () => {
    const error = loadError(createHookLoader(origin('escape-patches', 'hooks/link.js')))
    expect(error.code).toBe('AUTOWRAPT_UNSAFE_HOOK_PATH')
    expect(error.message).toMatch(/^hook file hooks\/link\.js of "escape-patches" resolves outside its package \(.*outside\/evil\.js\); refused$/)
  })

  it('a file that throws while loading: AUTOWRAPT_HOOK_LOAD_FAILED, with the line, carrying the original error', () => {
    const error = loadError(createHookLoader(origin('load-broken-patches', 'broken.js')))
    expect(error.code).toBe('AUTOWRAPT_HOOK_LOAD_FAILED')
    expect(error.message).toBe('hook file broken.js of "load-broken-patches" failed to load at broken.js:2:7: Error: hook file broke while loading; the hook is skipped')
    expect((error.original as Error).message).toBe('hook file broke while loading')
  })

  it('an export that is missing or no function: AUTOWRAPT_HOOK_EXPORT, naming what was found', () => {
    const missing = loadError(createHookLoader(origin('missing-export-patches', 'hooks.js', 'nope')))
    expect(missing.code).toBe('AUTOWRAPT_HOOK_EXPORT')
    expect(missing.message).toBe('hook file hooks.js#nope of "missing-export-patches" has no function as its export "nope" (found nothing); it exports no function (its exports: "notFn"); the hook is skipped')
    const notFn = loadError(createHookLoader(origin('missing-export-patches', 'hooks.js', 'notFn')))
    expect(notFn.message).toBe('hook file hooks.js#notFn of "missing-export-patches" has no function as its export "notFn" (found number); it exports no function (its exports: "notFn"); the hook is skipped')
    const noDefault = loadError(createHookLoader(origin('missing-export-patches', 'hooks.js')))
    expect(noDefault.message).toBe('hook file hooks.js of "missing-export-patches" has no function as its default export (module.exports or exports.default; found nothing); it exports no function (its exports: "notFn"); the hook is skipped')
  })
})
