// Property-based test (fast-check) for prototype pollution (issue 26, findings
// 1 and 2): whatever a polluted Object.prototype holds, under any key autowrapt
// reads from package.json, discovery finds exactly what it finds without it.
// Invariant: nothing outside the named packages' own fields runs.
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveBootstrapName, type Discovery } from '../../src/core/discovery.js'
import { tempDir, writeTree } from '../helpers/packages.js'

// Every member name autowrapt reads from a package.json, at any level, and the
// names this fixture uses as targets, groups and packages.
const READ_KEYS = [
  'autowrapt', 'name', 'version', 'type', 'main', 'exports', 'dependencies', 'optionalDependencies', 'devDependencies',
  'hooks', 'tracing', 'groups', '$schema', 'hook', 'versions',
  'channelName', 'module', 'functionQuery', 'astQuery', 'versionRange', 'filePath',
  'functionName', 'expressionName', 'className', 'methodName', 'privateMethodName', 'kind', 'index', 'callbackIndex', 'isExportAlias',
  'tgt', 'node:os', 'grp', 'exp', 'undeclared', 'plain', 'patch-a',
]
const NAMES = ['patch-a', 'patch-a:exp', 'plain', 'plain:grp', 'grp', 'exp', 'undeclared']

// Values an attacker would plant: hook tables, a dependency map naming the
// undeclared package, hook references, tracing entries, and arbitrary JSON.
const planted = fc.oneof(
  fc.constant({ undeclared: '*' }),
  fc.constant({ tgt: './evil.js', 'node:os': './evil.js' }),
  fc.constant({ hooks: { tgt: './evil.js' }, groups: { grp: { tgt: './evil.js' }, exp: { tgt: './evil.js' } } }),
  fc.constant({ grp: { tgt: './evil.js' } }),
  fc.constant('./evil.js'),
  fc.constant('>=99'),
  fc.constant([{ channelName: 'c', module: { name: 'tgt', filePath: 'index.js' }, functionQuery: { functionName: 'f', kind: 'Sync' } }]),
  fc.jsonValue({ maxDepth: 2 }),
)
const pollution = fc.dictionary(fc.constantFrom(...READ_KEYS), planted, { minKeys: 1, maxKeys: 6 })

function summary(d: Discovery) {
  return {
    packages: d.packages.map((p) => p.name),
    hooks: d.declarations.map((x) => `${x.pkg.name}:${x.spec.group ?? ''}:${x.spec.target.name}:${x.spec.file}:${x.spec.versions ?? ''}`),
    tracing: d.tracing.map((x) => `${x.pkg.name}:${x.spec.jsonPath}`),
    problems: d.problems.map((p) => p.code),
  }
}

function withPollution<T>(members: Record<string, unknown>, body: () => T): T {
  const proto = Object.prototype as Record<string, unknown>
  const keys = Object.keys(members)
  try {
    for (const key of keys) Object.defineProperty(proto, key, { value: members[key], configurable: true, writable: true, enumerable: false })
    return body()
  } finally {
    for (const key of keys) delete proto[key]
  }
}

describe('prototype pollution (every key autowrapt reads)', () => {
  let root: string
  beforeAll(() => {
    root = tempDir('pollution-props')
    const hook = 'module.exports = () => {}\n'
    writeTree(root, {
      'package.json': { name: 'app', private: true, dependencies: { 'patch-a': '1.0.0' } },
      'node_modules/patch-a/package.json': {
        name: 'patch-a',
        version: '1.0.0',
        autowrapt: { hooks: { tgt: { hook: './h.js' } }, groups: { exp: { 'node:os': './h.js' } } },
      },
      'node_modules/patch-a/h.js': hook,
      'node_modules/patch-a/evil.js': hook,
      'node_modules/plain/package.json': { name: 'plain', version: '1.0.0' },
      'node_modules/plain/evil.js': hook,
      'node_modules/undeclared/package.json': { name: 'undeclared', version: '1.0.0', autowrapt: { groups: { grp: { tgt: './evil.js' } } } },
      'node_modules/undeclared/evil.js': hook,
      'node_modules/tgt/package.json': { name: 'tgt', version: '1.0.0' },
    })
  })

  it('resolves every bootstrap name exactly as it does with a clean Object.prototype', () => {
    const bases = [join(root)]
    const clean = new Map(NAMES.map((name) => [name, summary(resolveBootstrapName(name, bases))]))
    // The fixture itself must exercise both sides: some names find hooks, some find none.
    expect(clean.get('patch-a')!.hooks).toEqual(['patch-a::tgt:h.js:'])
    expect(clean.get('grp')!.hooks).toEqual([])
    fc.assert(
      fc.property(pollution, fc.constantFrom(...NAMES), (members, name) => {
        const polluted = withPollution(members, () => summary(resolveBootstrapName(name, bases)))
        expect(polluted).toEqual(clean.get(name))
        expect(polluted.hooks.some((h) => h.includes('evil.js'))).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})
