// Which tracing entries name a file, asked for every file that loads.
import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TracingSpec } from '../../src/core/tracing-spec.js'
import { createEntryIndex, packageFileOf, packageNameInUrl } from '../../src/tracing/entry-index.js'

const spec = (moduleName: string, filePath: string): TracingSpec => ({
  moduleName,
  filePath,
  versionRange: undefined,
  channelName: 'c',
  functionQuery: { functionName: 'f', kind: 'Sync' },
  astQuery: undefined,
  group: undefined,
  jsonPath: 'autowrapt.tracing[0]',
})
const root = join(sep, 'app')
const nm = (...parts: string[]) => join(root, 'node_modules', ...parts)

describe('the package a file belongs to', () => {
  it('the package after the last node_modules segment, its root, and the path inside it with "/"', () => {
    expect(packageFileOf(nm('yaml', 'dist', 'index.js'))).toEqual({ packageName: 'yaml', dir: nm('yaml'), path: 'dist/index.js' })
    expect(packageFileOf(nm('@scope', 'pkg', 'lib', 'a.js'))).toEqual({ packageName: '@scope/pkg', dir: nm('@scope', 'pkg'), path: 'lib/a.js' })
    expect(packageFileOf(nm('.pnpm', 'yaml@2.0.0', 'node_modules', 'yaml', 'index.js'))).toEqual({
      packageName: 'yaml',
      dir: nm('.pnpm', 'yaml@2.0.0', 'node_modules', 'yaml'),
      path: 'index.js',
    })
  })

  it('nothing for a file outside node_modules, a file directly in node_modules, or a scope with no package', () => {
    expect(packageFileOf(join(root, 'src', 'a.js'))).toBeUndefined()
    expect(packageFileOf(nm('a.js'))).toBeUndefined()
    expect(packageFileOf(nm('@scope', 'a.js'))).toBeUndefined()
  })

  it('from a file: URL alone (Node never percent-encodes the @ of a scope); nothing without a file inside the package', () => {
    expect(packageNameInUrl('file:///app/node_modules/yaml/dist/index.js')).toBe('yaml')
    expect(packageNameInUrl('file:///app/node_modules/@scope/pkg/index.js')).toBe('@scope/pkg')
    expect(packageNameInUrl('file:///app/node_modules/@scope/pkg')).toBeUndefined()
    expect(packageNameInUrl('file:///app/node_modules/yaml')).toBeUndefined()
    expect(packageNameInUrl('file:///app/src/a.js')).toBeUndefined()
  })
})

describe('the entry index', () => {
  it('matches the entries naming the file, only those, and answers hasPackage per package name', () => {
    const index = createEntryIndex<{ spec: TracingSpec }>()
    expect(index.match(nm('yaml', 'dist', 'index.js'))).toBeUndefined()
    const a = { spec: spec('yaml', 'dist/index.js') }
    const b = { spec: spec('yaml', 'dist/other.js') }
    const c = { spec: spec('yaml', 'dist/index.js') }
    index.add([a, b])
    index.add([c])
    expect(index.hasPackage('yaml')).toBe(true)
    expect(index.hasPackage('yam')).toBe(false)
    expect(index.match(nm('yaml', 'dist', 'index.js'))).toEqual({ packageName: 'yaml', dir: nm('yaml'), path: 'dist/index.js', records: [a, c] })
    expect(index.match(nm('yaml', 'dist', 'none.js'))).toBeUndefined()
    expect(index.match(nm('other', 'dist', 'index.js'))).toBeUndefined()
    expect(index.match(join(root, 'yaml', 'dist', 'index.js'))).toBeUndefined()
    expect(index.match(nm('x.js'))).toBeUndefined()
  })

  it('remembers every file of a traced package it was asked about, with the format given (a later undefined keeps it)', () => {
    const index = createEntryIndex<{ spec: TracingSpec }>()
    index.add([{ spec: spec('keyv', 'dist/index.cjs') }])
    index.match(nm('keyv', 'dist', 'index.js'), 'module')
    index.match(nm('keyv', 'dist', 'index.js'))
    index.match(nm('keyv', 'dist', 'index.cjs'))
    index.match(nm('other', 'index.js'), 'commonjs')
    expect([...index.seenFiles()]).toEqual([
      [nm('keyv', 'dist', 'index.js'), 'module'],
      [nm('keyv', 'dist', 'index.cjs'), undefined],
    ])
    index.match(nm('keyv', 'dist', 'index.cjs'), 'commonjs')
    expect(index.seenFiles().get(nm('keyv', 'dist', 'index.cjs'))).toBe('commonjs')
  })
})
