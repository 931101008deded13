import { describe, expect, it } from 'vitest'
import { checkHookPath, hookRef, keyPath, readManifest } from '../../src/core/manifest.js'

describe('the autowrapt field of package.json', () => {
  it('reads short and long hook forms, default and named exports, and groups', () => {
    const m = readManifest({
      hooks: {
        express: './hooks/express.js',
        'node:http': './hooks/http.js#patchHttp',
        pg: { hook: './hooks/pg.js#patchPg', versions: '>=8 <10' },
        'mysql2/lib/connection.js': 'hooks/mysql2.js#default',
      },
      groups: { experimental: { undici: './hooks/undici.js' } },
    })
    expect(m.problems).toEqual([])
    expect(m.hooks.map((h) => [h.target.name, h.file, h.exportName, h.versions])).toEqual([
      ['express', 'hooks/express.js', undefined, undefined],
      ['http', 'hooks/http.js', 'patchHttp', undefined],
      ['pg', 'hooks/pg.js', 'patchPg', '>=8 <10'],
      ['mysql2/lib/connection.js', 'hooks/mysql2.js', undefined, undefined],
    ])
    expect(m.groups.get('experimental')!.map((h) => [h.target.name, h.group])).toEqual([['undici', 'experimental']])
  })

  it('refuses a group named "__proto__" (parsed JSON holds it as an own key) and keeps the others', () => {
    const m = readManifest(JSON.parse('{"groups": {"__proto__": {"express": "./evil.js"}, "ok": {"pg": "./h.js"}}}'))
    expect([...m.groups.keys()]).toEqual(['ok'])
    expect(m.problems.map((p) => [p.code, p.jsonPath])).toEqual([['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.groups.__proto__']])
  })

  it('reports each malformed entry with its JSON path and keeps the valid ones (an unknown property drops its hook)', () => {
    const m = readManifest({
      hooks: { './bad': './h.js', good: './h.js', num: 42, ranged: { hook: './h.js', versions: 5 }, odd: { hook: './h.js', extra: 1 } },
      extra: true,
    })
    expect(m.hooks.map((h) => h.key)).toEqual(['good'])
    expect(m.problems.map((p) => [p.jsonPath, p.code])).toEqual([
      ['autowrapt.extra', 'AUTOWRAPT_INVALID_CONFIG'],
      ['autowrapt.hooks["./bad"]', 'AUTOWRAPT_INVALID_CONFIG'],
      ['autowrapt.hooks.num', 'AUTOWRAPT_INVALID_CONFIG'],
      ['autowrapt.hooks.ranged.versions', 'AUTOWRAPT_INVALID_RANGE'],
      ['autowrapt.hooks.odd.extra', 'AUTOWRAPT_INVALID_CONFIG'],
    ])
  })

  it('refuses a field that is not an object', () => {
    for (const field of [undefined, 'x', [], null, 3]) {
      const m = readManifest(field)
      expect(m.hooks).toEqual([])
      expect(m.problems).toHaveLength(1)
    }
  })

  it('refuses hook paths that leave the package: ../, absolute paths and URLs', () => {
    for (const bad of ['../x.js', 'a/../../x.js', '/etc/passwd', 'file:///x.js', 'https://e.com/x.js', 'C:/x.js']) {
      const r = checkHookPath(bad)
      expect(!r.ok && r.problem.code === 'AUTOWRAPT_UNSAFE_HOOK_PATH', bad).toBe(true)
    }
    expect(checkHookPath('./a/../b.js')).toEqual({ ok: true, value: 'b.js' })
  })

  it("refuses the package root itself and paths into the package's node_modules (other packages' code)", () => {
    for (const bad of ['./', './/', 'a/..', './node_modules/x/index.js', 'lib/node_modules/y.js']) {
      const r = checkHookPath(bad)
      expect(!r.ok && r.problem.code, bad).toBe('AUTOWRAPT_UNSAFE_HOOK_PATH')
    }
    expect(checkHookPath('./hooks/')).toEqual({ ok: true, value: 'hooks' })
    expect(checkHookPath('....')).toEqual({ ok: true, value: '....' })
  })
})

describe('the autowrapt field: what each malformed part says', () => {
  it('hooks and groups that are not objects, and group names AUTOWRAPT_BOOTSTRAP cannot spell', () => {
    const m = readManifest({ hooks: ['x'], groups: { 'bad group!': {}, ok: 5 } })
    expect(m.problems).toEqual([
      { jsonPath: 'autowrapt.hooks', code: 'AUTOWRAPT_INVALID_CONFIG', message: 'must be an object mapping targets to hooks' },
      { jsonPath: 'autowrapt.groups["bad group!"]', code: 'AUTOWRAPT_INVALID_CONFIG', message: '"bad group!" cannot be named in AUTOWRAPT_BOOTSTRAP (group names use letters, digits, ".", "_", "~" and "-")' },
      { jsonPath: 'autowrapt.groups.ok', code: 'AUTOWRAPT_INVALID_CONFIG', message: 'must be an object mapping targets to hooks' },
    ])
    expect([...m.groups.keys()]).toEqual(['ok'])
    expect(readManifest({ groups: [] }).problems).toEqual([{ jsonPath: 'autowrapt.groups', code: 'AUTOWRAPT_INVALID_CONFIG', message: 'must be an object mapping group names to hook tables' }])
  })

  it('a missing field and a field of the wrong type say different things', () => {
    expect(readManifest(undefined).problems[0]!.message).toBe('the package.json has no "autowrapt" field')
    expect(readManifest('x').problems[0]).toEqual({ jsonPath: 'autowrapt', code: 'AUTOWRAPT_INVALID_CONFIG', message: 'the "autowrapt" field must be an object' })
    expect(readManifest({ $schema: 'x' }).problems).toEqual([])
  })

  it('hook values: an empty or malformed export, a blank range, an unsafe path, a trimmed range', () => {
    const m = readManifest({
      hooks: {
        a: './h.js#',
        b: './h.js#two words',
        c: { hook: './h.js', versions: '  ' },
        d: '../escape.js',
        e: { hook: './h.js#fn', versions: ' ^1 ' },
        f: '',
        g: 'a\\b.js',
        h: { versions: '^1' },
      },
    })
    expect(m.problems).toEqual([
      { jsonPath: 'autowrapt.hooks.a', code: 'AUTOWRAPT_INVALID_CONFIG', message: '"./h.js#" has an empty or malformed export name after "#"' },
      { jsonPath: 'autowrapt.hooks.b', code: 'AUTOWRAPT_INVALID_CONFIG', message: '"./h.js#two words" has an empty or malformed export name after "#"' },
      { jsonPath: 'autowrapt.hooks.c.versions', code: 'AUTOWRAPT_INVALID_RANGE', message: 'versions must be a non-empty semver range string' },
      { jsonPath: 'autowrapt.hooks.d', code: 'AUTOWRAPT_UNSAFE_HOOK_PATH', message: 'hook path "../escape.js" escapes its package' },
      { jsonPath: 'autowrapt.hooks.f', code: 'AUTOWRAPT_INVALID_CONFIG', message: 'the hook path is empty' },
      { jsonPath: 'autowrapt.hooks.g', code: 'AUTOWRAPT_INVALID_CONFIG', message: 'use "/" in hook paths' },
      { jsonPath: 'autowrapt.hooks.h.hook', code: 'AUTOWRAPT_INVALID_CONFIG', message: 'a hook must be "<path>#<export>" or { "hook": "<path>#<export>", "versions": "<range>" }' },
    ])
    expect(m.hooks.map((h) => [h.key, h.file, h.exportName, h.versions, h.group, h.jsonPath])).toEqual([['e', 'h.js', 'fn', '^1', undefined, 'autowrapt.hooks.e']])
  })

  it('names hooks and JSON paths the same way everywhere', () => {
    expect(hookRef({ file: 'hooks/pg.js', exportName: 'patchPg' })).toBe('hooks/pg.js#patchPg')
    expect(hookRef({ file: 'hooks/pg.js', exportName: undefined })).toBe('hooks/pg.js')
    expect(keyPath('autowrapt.hooks', 'pg')).toBe('autowrapt.hooks.pg')
    expect(keyPath('autowrapt.hooks', '$ok_1')).toBe('autowrapt.hooks.$ok_1')
    expect(keyPath('autowrapt.hooks', 'node:http')).toBe('autowrapt.hooks["node:http"]')
    expect(keyPath('autowrapt.hooks', '1st')).toBe('autowrapt.hooks["1st"]')
  })

  it('hook paths: "." and ".." are refused, inner ".." that stays inside is normalised', () => {
    const unsafe = (message: string) => ({ ok: false, problem: { code: 'AUTOWRAPT_UNSAFE_HOOK_PATH', message, jsonPath: null } })
    expect(checkHookPath('.')).toEqual(unsafe('hook path "." escapes its package'))
    expect(checkHookPath('..')).toEqual(unsafe('hook path ".." escapes its package'))
    expect(checkHookPath('a/./b/../c.js')).toEqual({ ok: true, value: 'a/c.js' })
    expect(checkHookPath('/x.js')).toEqual(unsafe('hook path "/x.js" must be relative to the package root, not absolute or a URL'))
  })
})
