import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultBases, resolveBootstrapName } from '../../src/core/discovery.js'
import { FIXTURES } from '../helpers/nodes.js'

const PACKAGES = join(FIXTURES, 'node_modules')
const BASES = [FIXTURES]
const summary = (name: string, bases: string[] = BASES) => {
  const d = resolveBootstrapName(name, bases)
  return {
    packages: d.packages.map((p) => `${p.name}@${p.version}`),
    hooks: d.declarations.map(({ pkg, spec }) => `${pkg.name}: ${spec.target.name} -> ${spec.file}${spec.exportName ? `#${spec.exportName}` : ''}${spec.group ? ` [${spec.group}]` : ''}`),
    problems: d.problems.map((p) => p.code),
  }
}

describe('what a bootstrap name resolves to (read from package.json files only)', () => {
  it('a package: its hooks, from its real directory', () => {
    const d = resolveBootstrapName('acme-patches', BASES)
    expect(d.name).toBe('acme-patches')
    expect(d.packages).toEqual([{ name: 'acme-patches', dir: join(PACKAGES, 'acme-patches'), version: '0.0.1' }])
    expect(summary('acme-patches').hooks).toEqual([
      'acme-patches: target-cjs -> hooks/target-cjs.js',
      'acme-patches: target-cjs/lib/inner.js -> hooks/inner.js#patchInner',
      'acme-patches: http -> hooks/http.js#patchHttp',
      'acme-patches: target-esm -> hooks/target-esm.js#patchEsm',
      'acme-patches: target-esm/lib/deep.js -> hooks/deep.js',
      'acme-patches: target-dual -> hooks/dual.js',
    ])
    expect(d.problems).toEqual([])
  })

  it('a scoped package, and a group of one', () => {
    expect(summary('@acme/patches')).toEqual({
      packages: ['@acme/patches@2.0.0'],
      hooks: ['@acme/patches: @acme/target -> hooks/target.js', '@acme/patches: @acme/target/lib/util.js -> hooks/util.js', '@acme/patches: @acme/esm-target -> hooks/esm.js'],
      problems: [],
    })
    expect(summary('@acme/patches:extra').hooks).toEqual(['@acme/patches: target-fn -> hooks/fn.js [extra]'])
  })

  it('"package:group": that group only; an unknown group says which groups exist', () => {
    expect(summary('acme-patches:experimental')).toEqual({ packages: ['acme-patches@0.0.1'], hooks: ['acme-patches: target-fn -> hooks/fn.js [experimental]'], problems: [] })
    const unknown = resolveBootstrapName('acme-patches:nope', BASES)
    expect(unknown.declarations).toEqual([])
    expect(unknown.problems).toEqual([{ code: 'AUTOWRAPT_UNKNOWN_GROUP', message: 'package "acme-patches" has no group "nope" (groups: experimental)', jsonPath: null }])
    expect(resolveBootstrapName('version-patches:x', BASES).problems[0]!.message).toBe('package "version-patches" has no group "x" (groups: none)')
  })

  it('"package:group" of a package that is not installed: AUTOWRAPT_UNKNOWN_NAME (never a group lookup)', () => {
    const d = resolveBootstrapName('not-installed-pkg:grp', BASES)
    expect(d.problems).toEqual([{ code: 'AUTOWRAPT_UNKNOWN_NAME', message: `package "not-installed-pkg" (from "not-installed-pkg:grp") is not installed where ${FIXTURES} can see it`, jsonPath: null }])
  })

  it('a group across the application\'s dependencies, optionalDependencies and devDependencies, in that order', () => {
    expect(summary('acme-apm', [join(FIXTURES, 'group-app')])).toEqual({
      packages: ['apm-one@1.0.0', 'apm-opt@1.0.0', 'apm-two@1.0.0'],
      hooks: ['apm-one: target-cjs -> hook.js [acme-apm]', 'apm-opt: target-cjs -> hook.js [acme-apm]', 'apm-two: target-cjs -> hook.js [acme-apm]'],
      problems: [],
    })
    // The same name from a directory whose application does not depend on them.
    expect(summary('acme-apm', [join(FIXTURES, 'apps')]).problems).toEqual(['AUTOWRAPT_UNKNOWN_NAME'])
  })

  it('a group name that is no valid package name is only looked up as a group', () => {
    expect(summary('_acme-apm', [join(FIXTURES, 'group-app')])).toEqual({ packages: [], hooks: [], problems: ['AUTOWRAPT_UNKNOWN_NAME'] })
  })

  it('an unknown name says where it looked', () => {
    const d = resolveBootstrapName('no-such-package-anywhere', ['/a', '/b'])
    expect(d.problems).toEqual([{ code: 'AUTOWRAPT_UNKNOWN_NAME', message: '"no-such-package-anywhere" is neither an installed package nor a group of any dependency of the application (looked from /a and /b)', jsonPath: null }])
  })

  it('a path or URL: AUTOWRAPT_INVALID_NAME, nothing is read', () => {
    const d = resolveBootstrapName('./node_modules/acme-patches', BASES)
    expect(d.packages).toEqual([])
    expect(d.problems).toEqual([{ code: 'AUTOWRAPT_INVALID_NAME', message: '"./node_modules/acme-patches" looks like a path or URL; AUTOWRAPT_BOOTSTRAP takes package names and group names only; ignored', jsonPath: null }])
  })

  it('problems of the field carry the package, its package.json and the JSON path; valid hooks beside them stay', () => {
    const d = resolveBootstrapName('broken-patches', BASES)
    // target-esm's invalid range is only checked when the target loads (AUTOWRAPT_INVALID_RANGE then).
    expect(d.declarations.map((x) => x.spec.target.name)).toEqual(['target-esm', 'target-cjs'])
    expect(d.problems.map((p) => p.code)).toEqual(['AUTOWRAPT_INVALID_CONFIG', 'AUTOWRAPT_INVALID_CONFIG', 'AUTOWRAPT_INVALID_CONFIG'])
    expect(d.problems[0]!.message).toBe(`package "broken-patches" (${join(PACKAGES, 'broken-patches')}/package.json): autowrapt.extra: unknown property "extra" (expected "hooks", "tracing" and "groups")`)
  })

  it('a group contributor\'s problems are reported for that group only, and the group\'s valid hooks stay', () => {
    const d = resolveBootstrapName('apm', [join(FIXTURES, 'group-app-messy')])
    expect(d.packages.map((p) => p.name)).toEqual(['apm-messy', 'apm-notable'])
    expect(d.declarations.map(({ pkg, spec }) => `${pkg.name}: ${spec.target.name}`)).toEqual(['apm-messy: target-cjs'])
    expect(d.problems.map((p) => p.message.replace(/ \(.*package\.json\)/, ''))).toEqual([
      'package "apm-messy": autowrapt.groups.apm.nothere: a hook must be "<path>#<export>" or { "hook": "<path>#<export>", "versions": "<range>" }',
      'package "apm-messy": autowrapt.groups.apm["target-fn"]: a hook must be "<path>#<export>" or { "hook": "<path>#<export>", "versions": "<range>" }',
      'package "apm-notable": autowrapt.groups.apm: must be an object mapping targets to hooks',
    ])
    // A dependency with no autowrapt field (target-cjs) is skipped silently.
    expect(resolveBootstrapName('apmx', [join(FIXTURES, 'group-app-messy')]).problems.map((p) => p.code)).toEqual(['AUTOWRAPT_INVALID_CONFIG'])
  })

  it('patch packages are resolved from the working directory, then the main script\'s directory (once, when it differs)', () => {
    const argv = process.argv
    try {
      process.argv = [argv[0]!, join(FIXTURES, 'apps', 'basic.cjs')]
      expect(defaultBases()).toEqual([process.cwd(), join(FIXTURES, 'apps')])
      process.argv = [argv[0]!, join(process.cwd(), 'package.json')]
      expect(defaultBases()).toEqual([process.cwd()])
      process.argv = [argv[0]!]
      expect(defaultBases()).toEqual([process.cwd()])
    } finally {
      process.argv = argv
    }
  })

  it('refuses Windows paths and URLs of any scheme', () => {
    expect(resolveBootstrapName('windows-ish\\name', BASES).problems[0]!.code).toBe('AUTOWRAPT_INVALID_NAME')
    expect(resolveBootstrapName('c:/x', BASES).problems[0]!.code).toBe('AUTOWRAPT_INVALID_NAME')
    expect(resolveBootstrapName('git+ssh://host/x', BASES).problems[0]!.code).toBe('AUTOWRAPT_INVALID_NAME')
  })
})
