// autowrapt/testing's applyHook: one declared hook applied to one target in
// this process, loaded exactly as the runtime loads it.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyHook } from '../../dist/testing.js'
import { FIXTURES } from '../helpers/node.js'

const requireFixture = createRequire(join(FIXTURES, 'noop.js'))

afterEach(() => vi.restoreAllMocks())

describe('applyHook', () => {
  it('loads the declared hook and calls it on a copy of the exports, with the ModuleInfo the runtime would give', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const copy = { ...requireFixture('target-cjs') }
    const applied = applyHook({ patchPackage: 'acme-patches', target: 'target-cjs', cwd: FIXTURES, exports: copy })
    expect(applied.exports).toBe(copy)
    expect(applied.exports.greet('unit')).toBe('hello unit (patched)')
    expect(requireFixture('target-cjs').greet('unit')).toBe('hello unit')
    expect(applied.ref).toBe('hooks/target-cjs.js')
    expect(applied.info).toEqual({
      name: 'target-cjs',
      format: 'commonjs',
      version: '1.2.3',
      filename: join(FIXTURES, 'node_modules/target-cjs/index.js'),
      baseDir: join(FIXTURES, 'node_modules/target-cjs'),
    })
  })

  it('a hook that returns a replacement: exports is the replacement (pino through wrapCallable)', () => {
    const lines: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true))
    const pino = requireFixture('pino')
    const applied = applyHook({ patchPackage: 'pino-patches', target: 'pino', cwd: FIXTURES, exports: pino })
    expect(applied.returned).toBe(applied.exports)
    expect(applied.exports).not.toBe(pino)
    expect(applied.exports.pino).toBe(applied.exports)
    expect(applied.exports.destination).toBe(pino.destination)
    applied.exports({ level: 'warn' }, applied.exports.destination({ dest: '/dev/null', sync: true }))
    expect(lines).toEqual([expect.stringMatching(/^\[hook:pino\] commonjs 10\./), '[hook:pino] logger created at level warn\n'])
  })

  it('a builtin target: patched in place, the hook\'s ModuleInfo says builtin', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const http = { ...requireFixture('node:http') }
    const applied = applyHook({ patchPackage: 'acme-patches', target: 'node:http', cwd: FIXTURES, exports: http })
    expect(applied.info).toEqual({ name: 'http', format: 'builtin' })
    expect((applied.exports.get as { __acme?: boolean }).__acme).toBe(true)
  })

  it('takes a hook from a group', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const fn = requireFixture('target-fn')
    const applied = applyHook({ patchPackage: 'acme-patches', group: 'experimental', target: 'target-fn', cwd: FIXTURES, exports: fn })
    expect(applied.ref).toBe('hooks/fn.js')
  })

  it('throws with what the package declares when it has no hook on the target', () => {
    expect(() => applyHook({ patchPackage: 'acme-patches', target: 'express', cwd: FIXTURES, exports: {} })).toThrow(
      'autowrapt/testing applyHook(): "acme-patches" declares no hook on "express" (it declares: target-cjs, target-cjs/lib/inner.js, node:http, target-esm, target-esm/lib/deep.js, target-dual)',
    )
  })

  it('throws when the patch package is not installed, or the installed version is outside the range', () => {
    expect(() => applyHook({ patchPackage: 'no-such-patches', target: 'x', cwd: FIXTURES })).toThrow(`autowrapt/testing applyHook(): patch package "no-such-patches" is not installed where ${FIXTURES} can see it`)
    expect(() => applyHook({ patchPackage: 'version-patches', target: 'target-cjs', cwd: FIXTURES, exports: {} })).toThrow(
      'autowrapt/testing applyHook(): target-cjs 1.2.3 is outside the hook\'s range ">=2"; the runtime would skip it (skipped-version)',
    )
  })

  it('a hook file that fails to load throws the runtime\'s error', () => {
    expect(() => applyHook({ patchPackage: 'missing-file-patches', target: 'target-cjs', cwd: FIXTURES, exports: {} })).toThrow(/^hook file hooks\/nope\.js of "missing-file-patches" does not exist/)
  })
})
