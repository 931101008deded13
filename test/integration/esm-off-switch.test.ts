// AUTOWRAPT_ESM=0: a CommonJS process starts no ESM machinery (no loader
// thread on Nodes without usable sync hooks), require() and builtin hooks
// still apply, and the report says of each ESM import that it was not looked at.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

type Entry = { target: string; outcome: string; instances: Array<{ status: string; error?: string; format?: string }> }

function entries(file: string): Entry[] {
  return readFileSync(file, 'utf8').trim().split('\n').flatMap((line) => (JSON.parse(line) as { entries: Entry[] }).entries)
}

function probeOf(stderr: string): { calls: { register: number; registerHooks: number }; loaded: string[] } {
  const line = stderr.split('\n').find((l) => l.startsWith('[probe] '))
  if (line === undefined) throw new Error(`no probe line in:\n${stderr}`)
  return JSON.parse(line.slice('[probe] '.length))
}

forEachNode((node) => {
  it('a CommonJS app: hooks on require() and builtins fire, and no loader or ESM library is started', () => {
    const on = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches', preload: 'require' })
    const report = join(mkdtempSync(join(tmpdir(), 'autowrapt-esm-off-')), 'report.jsonl')
    const r = runNode(node, ['apps/basic.cjs'], {
      preload: null,
      bootstrap: 'acme-patches',
      nodeOptions: ['--require', './probes/watch-loaders.cjs', '--require', 'autowrapt/register'],
      env: { AUTOWRAPT_ESM: '0', AUTOWRAPT_REPORT: report },
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(on.stdout)
    expect(r.warnings).toEqual([])
    const probe = probeOf(r.stderr)
    expect(probe.calls).toEqual({ register: 0, registerHooks: 0 })
    expect(probe.loaded.some((f) => f.startsWith('import-in-the-middle/'))).toBe(false)
    const byTarget = new Map(entries(report).map((e) => [e.target, e]))
    expect(byTarget.get('target-cjs')?.outcome).toBe('fired')
    expect(byTarget.get('http')?.outcome).toBe('fired')
    const esm = byTarget.get('target-esm')
    expect(esm?.outcome).toBe('unavailable')
    expect(esm?.instances).toEqual([{ status: 'unavailable', format: 'module', error: 'ESM imports are not hooked: AUTOWRAPT_ESM=0' }])
  })

  it('an ES module app: its imports of targets are left alone and reported unavailable, with the reason', () => {
    const plain = runNode(node, ['apps/esm-targets.mjs'], { preload: null })
    const report = join(mkdtempSync(join(tmpdir(), 'autowrapt-esm-off-')), 'report.jsonl')
    const r = runNode(node, ['apps/esm-targets.mjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_ESM: 'off', AUTOWRAPT_REPORT: report } })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(plain.stdout)
    expect(r.warnings).toEqual([])
    expect(r.hookLines.filter((l) => l.includes('target-esm'))).toEqual([])
    const esm = entries(report).find((e) => e.target === 'target-esm')
    expect(esm?.outcome).toBe('unavailable')
  })
})
