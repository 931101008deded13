import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPS, FIXTURES, ROOT, forEachNode, runNode } from '../helpers/node.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

forEachNode((node) => {
  describe('discovery through the autowrapt field of package.json', () => {
    it('a package name applies that package\'s hooks', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches' })
      expect(r.warnings).toEqual([])
      expect(r.stdout).toContain('cjs: hello x (patched) 43')
      expect(r.stdout).toContain('fn: original') // target-fn is only in the "experimental" group
    })

    it('"package:group" applies that group only', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches:experimental' })
      expect(r.warnings).toEqual([])
      expect(r.stdout).toContain('fn: experimental:original')
      expect(r.stdout).toContain('cjs: hello x 42')
      expect(r.hookLines).toEqual(['[hook:acme] target-fn commonjs 1.0.0'])
    })

    it('a name that is no package is a group across the application\'s installed dependencies, in declaration order', () => {
      const r = runNode(node, ['app.cjs'], { cwd: join(FIXTURES, 'group-app'), bootstrap: 'acme-apm' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello group\n')
      // dependencies, then optionalDependencies, then devDependencies; apm-three is
      // installed but not a dependency of the app: never consulted.
      expect(r.hookLines).toEqual(['[hook:apm-one] target-cjs', '[hook:apm-opt] target-cjs', '[hook:apm-two] target-cjs'])
    })

    it('hook files may be ESM (default and named exports), loaded through require(esm)', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'esm-hook-patches' })
      expect(r.warnings).toEqual([])
      expect(r.stderr).not.toMatch(/ExperimentalWarning/)
      expect(r.stdout).toContain('cjs: hello x [esm hook] 42')
      expect(r.stdout).toContain('esm: hi y [esm named hook] deep')
      expect(r.hookLines).toEqual(['[hook:esm-hook] target-cjs commonjs', '[hook:esm-hook] target-esm module 2.0.0'])
    })

    it('a hook whose module.exports is a function is used as is, and its return value replaces module.exports', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'replace-patches' })
      expect(r.stdout).toContain('fn: replaced:original')
    })

    it('resolves patch packages from the working directory first', () => {
      const r = runNode(node, [join(APPS, 'basic.cjs')], {
        cwd: join(FIXTURES, 'other-root'),
        preload: null,
        nodeOptions: ['--require', join(ROOT, 'register.cjs')],
        bootstrap: 'shadow-patches',
      })
      expect(r.code).toBe(0)
      expect(r.hookLines).toEqual(['[hook:shadow-cwd]'])
    })

    it('then from the main script\'s directory', () => {
      // A patch package with a unique name next to the main script, and a working
      // directory elsewhere: only the main script's directory can resolve it.
      const root = tempDir('main-dir')
      const name = uniqueName('main-dir-patches')
      writeTree(root, {
        'app/main.cjs': "console.log('main ran')\n",
        [`app/node_modules/${name}/package.json`]: { name, version: '1.0.0', autowrapt: { hooks: { 'node:os': './hook.js' } } },
        [`app/node_modules/${name}/hook.js`]: "module.exports = () => { process.stderr.write('[hook:main-dir]\\n') }\n",
        'elsewhere/.keep': '',
      })
      const r = runNode(node, [join(root, 'app/main.cjs')], {
        cwd: join(root, 'elsewhere'),
        preload: null,
        nodeOptions: ['--require', join(ROOT, 'register.cjs')],
        bootstrap: name,
      })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('main ran\n')
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:main-dir]'])
    })

    it('loads hook code lazily: only when a target loads, never at startup', () => {
      const idle = runNode(node, ['apps/hello.cjs'], { bootstrap: 'lazy-patches' })
      expect(idle.stdout).toBe('hello from the app\n')
      expect(idle.hookLines).toEqual([])
      const busy = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'lazy-patches' })
      expect(busy.hookLines).toEqual(['[hook:lazy] hook file loaded', '[hook:lazy] fired target-cjs', '[hook:lazy] fired target-fn'])
    })

    it('a version range counts prereleases: 3.1.0-rc.1 satisfies "^3"', () => {
      const r = runNode(node, ['apps/prerelease.cjs'], { bootstrap: 'prerelease-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:prerelease] target-pre 3.1.0-rc.1'])
    })

    it('a hook file reached through a symlink that stays inside its package is loaded', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'symlink-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:symlink] target-cjs'])
    })

    it('skips a hook whose version range the loaded package does not satisfy', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'version-patches', env: { NODE_DEBUG: 'autowrapt' } })
      expect(r.hookLines).toEqual([])
      expect(r.warnings).toEqual([])
      expect(r.stderr).toMatch(/skip hook "version-patches" on "target-cjs" .*version 1\.2\.3 does not satisfy ">=2"/)
    })
  })
})
