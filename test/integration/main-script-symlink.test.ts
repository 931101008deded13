import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, ROOT, forEachNode, runNode } from '../helpers/node.js'

const LINK = join(FIXTURES, 'bin-link/node_modules/.bin/tool-cli')

// A tool started through node_modules/.bin from another directory: Node runs
// the real file (require.main is the resolved path), and so must discovery.
forEachNode((node) => {
  describe("the main script's directory is resolved through symlinks, as Node resolves require.main", () => {
    it('a patch package installed beside the real script is found when the script is started through a .bin symlink', () => {
      const cwd = mkdtempSync(join(tmpdir(), 'autowrapt-bin-'))
      const r = runNode(node, [LINK], { cwd, preload: null, nodeOptions: ['--require', join(ROOT, 'register.cjs')], bootstrap: 'tool-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('tool ran; os patched: true\n')
    })

    it('with --preserve-symlinks-main, Node keeps the link path, and so does discovery', () => {
      const cwd = mkdtempSync(join(tmpdir(), 'autowrapt-bin-'))
      const r = runNode(node, ['--preserve-symlinks-main', LINK], { cwd, preload: null, nodeOptions: ['--require', join(ROOT, 'register.cjs')], bootstrap: 'tool-patches' })
      expect(r.warnings).toEqual(['AUTOWRAPT_UNKNOWN_NAME'])
      expect(r.stdout).toBe('tool ran; os patched: false\n')
    })
  })
})
