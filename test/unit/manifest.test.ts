import { describe, expect, it } from 'vitest'
import { checkHookPath, readManifest } from '../../src/core/manifest.js'

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
