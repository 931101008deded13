import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, ROOT, forEachNode, runNode } from '../helpers/node.js'

const SECOND = join(FIXTURES, 'node_modules/second-agent/node_modules/autowrapt')

// A real second installed copy of autowrapt (not a symlink to this one), as an
// application with two agents would have.
beforeAll(() => {
  rmSync(SECOND, { recursive: true, force: true })
  mkdirSync(SECOND, { recursive: true })
  for (const file of ['package.json', 'register.cjs', 'loader.mjs', 'dist']) cpSync(join(ROOT, file), join(SECOND, file), { recursive: true })
})

forEachNode((node) => {
  describe('coexistence with other loaders', () => {
    for (const order of ['tsx first', 'autowrapt first'] as const) {
      it(`--import tsx with a TypeScript application (${order})`, () => {
        const imports = order === 'tsx first' ? ['--import', 'tsx', '--import', 'autowrapt/register'] : ['--import', 'autowrapt/register', '--import', 'tsx']
        const r = runNode(node, ['apps/ts-app.mts'], { preload: null, nodeOptions: imports, bootstrap: 'acme-patches' })
        expect(r.stderr.split('\n').filter((l) => /AUTOWRAPT|Error/.test(l))).toEqual([])
        expect(r.code).toBe(0)
        expect(r.stdout).toBe('hi ts (patched) hello ts (patched) 43\n')
      })
    }

    it('a second installed copy of autowrapt: hooks are installed once', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], {
        preload: null,
        nodeOptions: ['--import', SECOND + '/register.cjs', '--import', 'autowrapt/register'],
        bootstrap: 'acme-patches',
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(JSON.parse(r.stdout).named).toBe('hi n (patched)')
      expect(r.hookLines.filter((l) => l.includes('target-esm module'))).toEqual(['[hook:acme] target-esm module 2.0.0'])
    })

    it("@opentelemetry/instrumentation's own import-in-the-middle hook in the same process: both patches apply", () => {
      const r = runNode(node, ['apps/otel-app.mjs'], {
        preload: null,
        nodeOptions: ['--import', './probes/otel.mjs', '--import', 'autowrapt/register'],
        bootstrap: 'acme-patches',
      })
      expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^hi o .*\(patched\).* hello o \(patched\)\n$/)
      expect(r.stdout).toContain('(otel)')
      expect(r.hookLines).toContain('[hook:otel] target-esm')
      expect(r.hookLines).toContain('[hook:acme] target-esm module 2.0.0')
    })
  })
})
