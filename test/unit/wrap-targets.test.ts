import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type * as nodeFs from 'node:fs'
import { tmpdir } from 'node:os'
import type * as nodePath from 'node:path'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, unwrap, wrap, wrapFunction } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'
import { passThrough, recording } from '../helpers/wrap.js'

// vitest defines __filename for test files, as Node does for CommonJS.
const thisFile = __filename
const require = createRequire(thisFile)

afterEach(() => { vi.restoreAllMocks() })

// Pass-through that records each call, to prove the wrapper is the one running.

describe('null-prototype objects', () => {
  it('wraps and unwraps without Object.prototype methods', () => {
    const original = () => 'x'
    const target = Object.create(null) as { fn: () => string }
    target.fn = original
    const calls: unknown[] = []
    expect(wrap(target, 'fn', recording(calls))).toBeTypeOf('function')
    expect(target.fn()).toBe('x')
    expect(calls).toHaveLength(1)
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn).toBe(original)
  })
})

describe('import-in-the-middle namespace proxies', () => {
  // The real proxy from the installed import-in-the-middle: its defineProperty
  // trap writes the live module binding, which is what importers see.
  function realNamespace(exports: Record<string, unknown>) {
    const { ModuleBinder, register, importHooks } = require('import-in-the-middle/lib/register.js')
    const keys = Object.keys(exports)
    const bindings: Record<string, unknown> = { ...exports }
    const binder = new ModuleBinder(exports, keys, (index: number, value: unknown) => { bindings[keys[index]!] = value })
    let proxy: any
    const capture = (_name: string, namespace: unknown) => { proxy = namespace }
    importHooks.push(capture)
    try {
      register(`file:///autowrapt-wrap-test-${Math.random()}.mjs`, binder, 'fixture', 'module')
    } finally {
      importHooks.splice(importHooks.indexOf(capture), 1)
    }
    return { proxy, bindings }
  }

  it('updates the module binding on wrap and on unwrap', () => {
    const original = function query(sql: string) { return `rows for ${sql}` }
    const { proxy, bindings } = realNamespace({ query: original })
    const calls: unknown[] = []
    const replacement = wrap(proxy, 'query', recording(calls))
    expect(bindings.query).toBe(replacement)
    expect((bindings.query as typeof original)('select')).toBe('rows for select')
    expect(calls).toEqual([['select']])
    expect(unwrap(proxy, 'query')).toBe(true)
    expect(bindings.query).toBe(original)
  })

  it('works with wrapFunction', () => {
    const { proxy, bindings } = realNamespace({ add: (a: number, b: number) => a + b })
    wrapFunction(proxy, 'add', (wrapped, thisArg, args) => (Reflect.apply(wrapped, thisArg, args) as number) + 1)
    expect((bindings.add as (a: number, b: number) => number)(1, 2)).toBe(4)
  })

  it('warns for a name the module does not export', () => {
    const warnings = captureWarnings()
    const { proxy } = realNamespace({ known: () => 1 })
    expect(wrap(proxy, 'unknown', passThrough)).toBeUndefined()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
  })

  it('warns instead of returning a dud when a proxy reports success but keeps the old value', () => {
    const warnings = captureWarnings()
    const original = () => 1
    const proxy = new Proxy({ fn: original }, { defineProperty: () => true })
    expect(wrap(proxy, 'fn', passThrough)).toBeUndefined()
    expect(proxy.fn).toBe(original)
    expect(warnings.messages()[0]).toMatch(/'fn'.*did not take effect/)
  })

  // Older import-in-the-middle: a get trap serves values from setters/getters
  // the generated module owns; the proxy target can be stale.
  it('reads the live value through a get trap (legacy proxies)', () => {
    const live: Record<string, unknown> = { fn: () => 'live' }
    const namespace = Object.create(null, {
      fn: { value: () => 'stale', writable: true, enumerable: true, configurable: true },
      [Symbol.toStringTag]: { value: 'Module' },
    })
    const proxy = new Proxy(namespace, {
      get: (_target, name) => live[name as string],
      set: (_target, name, value) => { live[name as string] = value; return true },
      defineProperty: (_target, name, descriptor) => {
        if (!('value' in descriptor)) throw new Error('Getters/setters are not supported for exports property descriptors.')
        live[name as string] = descriptor.value
        return true
      },
    })
    const replacement = wrap(proxy, 'fn', passThrough)
    expect(live.fn).toBe(replacement)
    expect((live.fn as () => string)()).toBe('live')
  })
})

describe('CommonJS exports objects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'autowrapt-wrap-'))
  afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

  it('wraps a function on module.exports, seen by every require', () => {
    const file = join(dir, 'lib.cjs')
    writeFileSync(file, 'exports.format = (value) => `[${value}]`\nexports.version = "1.0.0"\n')
    const exports = require(file)
    const calls: unknown[] = []
    wrap(exports, 'format', recording(calls))
    expect(require(file).format('a')).toBe('[a]')
    expect(calls).toEqual([['a']])
    expect(Object.keys(exports)).toEqual(['format', 'version'])
  })
})

describe('builtin module objects', () => {
  it('wraps node:path and restores it afterwards', () => {
    const path = require('node:path') as typeof nodePath
    const original = path.join
    const calls: unknown[] = []
    try {
      wrap(path, 'join', recording(calls))
      expect(path.join('a', 'b')).toBe(join('a', 'b'))
      expect(calls).toEqual([['a', 'b']])
      expect(isWrapped(path.join)).toBe(true)
    } finally {
      expect(unwrap(path, 'join')).toBe(true)
    }
    expect(path.join).toBe(original)
  })

  it('wraps node:fs with wrapFunction and restores it afterwards', () => {
    const fs = require('node:fs') as typeof nodeFs
    const original = fs.existsSync
    const seen: unknown[] = []
    try {
      wrapFunction(fs, 'existsSync', (wrapped, thisArg, args) => {
        seen.push(args[0])
        return Reflect.apply(wrapped, thisArg, args)
      })
      expect(fs.existsSync(thisFile)).toBe(true)
      expect(seen).toEqual([thisFile])
    } finally {
      unwrap(fs, 'existsSync')
    }
    expect(fs.existsSync).toBe(original)
  })
})

describe('frozen and read-only properties', () => {
  it('warns naming the property and returns undefined for a frozen object', () => {
    const warnings = captureWarnings()
    const original = () => 1
    const target = Object.freeze({ fn: original })
    expect(wrap(target, 'fn', passThrough)).toBeUndefined()
    expect(target.fn).toBe(original)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
    expect(warnings.messages()[0]).toMatch(/'fn'.*read-only/)
  })

  it('warns for a non-configurable, non-writable property', () => {
    const warnings = captureWarnings()
    const target = {}
    Object.defineProperty(target, 'fn', { value: () => 1, writable: false, configurable: false })
    expect(wrap(target as { fn: () => number }, 'fn', passThrough)).toBeUndefined()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
  })

  it('warns for an inherited method on a frozen instance', () => {
    const warnings = captureWarnings()
    class Service { run() { return 1 } }
    const instance = Object.freeze(new Service())
    expect(wrap(instance, 'run', passThrough)).toBeUndefined()
    expect(warnings.messages()[0]).toMatch(/'run'.*not extensible/)
  })

  it('warns when a Proxy refuses the definition', () => {
    const warnings = captureWarnings()
    const proxy = new Proxy({ fn: () => 1 }, { defineProperty: () => false })
    expect(wrap(proxy, 'fn', passThrough)).toBeUndefined()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
  })
})

describe('missing and non-function properties', () => {
  it('warns and returns undefined for a missing property', () => {
    const warnings = captureWarnings()
    expect(wrap({} as { fn?: () => void }, 'fn', passThrough)).toBeUndefined()
    expect(warnings.messages()[0]).toMatch(/'fn'.*no such property/)
  })

  it('warns and leaves a non-function property alone', () => {
    const warnings = captureWarnings()
    const target = { version: '1.0.0' }
    expect(wrap(target, 'version', passThrough as any)).toBeUndefined()
    expect(target.version).toBe('1.0.0')
    expect(warnings.messages()[0]).toMatch(/'version'.*type string, not a function/)
  })

  it('warns for a target that is not an object', () => {
    const warnings = captureWarnings()
    expect(wrap(undefined as any, 'fn', passThrough)).toBeUndefined()
    expect(warnings.messages()[0]).toMatch(/'fn'.*target is undefined/)
  })
})
