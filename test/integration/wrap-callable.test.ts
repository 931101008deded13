// wrapCallable on callable modules: the real pino (module.exports is the
// pino() function, with statics and self-references pino.pino, pino.default),
// and an ESM package whose default export is the function.
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { FIXTURES, forEachNode } from '../helpers/node.js'

const hookLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('[hook:pino]')).map((l) => l.replace(/ 10\.\d+\.\d+$/, ' 10.x'))

forEachNode((node) => {
  describe('wrapCallable with the real pino', () => {
    it('CommonJS: every way of calling pino goes through the wrapper; statics, self-references and new keep working', async () => {
      const plain = await runWithHooks({ node: node.path, cwd: FIXTURES, script: 'apps/pino-app.cjs', bootstrap: 'pino-patches', preload: 'none' })
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, script: 'apps/pino-app.cjs', bootstrap: 'pino-patches' })
      expect(r.code).toBe(0)
      expect(r.warningCodes).toEqual([])
      expect(r.stdout).toBe(plain.stdout)
      expect(r.stdout.split('\n').at(-2)).toBe('{"selfPino":true,"selfDefault":true,"destination":"function","stdTimeFunctions":"function","name":"pino"}')
      expect(hookLines(r.stderr)).toEqual([
        '[hook:pino] commonjs 10.x',
        '[hook:pino] logger created at level info',
        '[hook:pino] logger created at level warn',
        '[hook:pino] logger created at level error',
        '[hook:pino] logger created with new at level debug',
      ])
      expect(r.entries('pino', 'pino-patches').map((e) => e.outcome)).toEqual(['fired'])
    })

    it('ESM: the default import and the named pino export are both the wrapper', async () => {
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, script: 'apps/pino-app.mjs', bootstrap: 'pino-patches' })
      expect(r.code).toBe(0)
      expect(r.warningCodes).toEqual([])
      expect(r.stdout).toBe('{"level":30,"msg":"default import"}\n{"level":30,"msg":"named import"}\n{"same":true,"selfDefault":true}\n')
      expect(hookLines(r.stderr)).toEqual(['[hook:pino] commonjs 10.x', '[hook:pino] logger created at level info', '[hook:pino] logger created at level info'])
    })
  })

  describe('wrapCallable on an ESM namespace whose default export is the function', () => {
    it('replaces the default and the named export that is the same function; other exports and statics stay', async () => {
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, script: 'apps/esm-callable.mjs', bootstrap: 'callable-patches' })
      expect(r.code).toBe(0)
      expect(r.warningCodes).toEqual([])
      expect(r.stdout).toBe('GET /a (traced)\nGET /b (traced)\nGET /api/c 2.0.0 function\n')
      expect(r.stderr.split('\n').filter((l) => l.startsWith('[hook:callable]'))).toEqual(['[hook:callable] module'])
    })
  })
})
