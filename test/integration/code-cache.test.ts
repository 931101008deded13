// The runtime's V8 code cache (src/load-runtime.ts): made on the first start,
// used on the next, and never a reason for a start to fail or change: a damaged,
// foreign or unreachable cache costs the cache only.
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { forEachNode, itWhen, runNode, type NodeBin } from '../helpers/node.js'

const OUT = 'hello world (cached)\n'
let scratch: string

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'autowrapt-cache-'))
})
afterEach(() => rmSync(scratch, { recursive: true, force: true }))

function start(node: NodeBin, env: Record<string, string>) {
  const r = runNode(node, ['apps/hello-target.cjs'], { bootstrap: 'cache-patches', env: { AUTOWRAPT_DEBUG: '1', ...env } })
  const cacheLines = r.stderr.split('\n').filter((l) => l.includes('code cache'))
  return { ...r, cacheLines }
}

const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : [])

forEachNode((node) => {
  describe('the runtime code cache', () => {
    it('is written by the first start and used by the next, which behaves the same', () => {
      const dir = join(scratch, 'cache')
      const first = start(node, { AUTOWRAPT_CACHE: dir })
      expect(first.code).toBe(0)
      expect(first.stdout).toBe(OUT)
      expect(first.warnings).toEqual([])
      expect(first.stderr).toContain('[hook:cache] one runtime instance: true')
      expect(first.cacheLines).toHaveLength(1)
      expect(first.cacheLines[0]).toMatch(/code cache written: .*runtime-.*\.v8cache \(\d+ bytes\)/)
      const files = cacheFiles(dir)
      expect(files).toHaveLength(1)
      // Private: the directory and the file are this user's alone.
      expect(statSync(dir).mode & 0o777).toBe(0o700)
      expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600)

      const second = start(node, { AUTOWRAPT_CACHE: dir })
      expect(second.code).toBe(0)
      expect(second.stdout).toBe(OUT)
      expect(second.stderr).toContain('[hook:cache] one runtime instance: true')
      expect(second.cacheLines).toEqual([expect.stringContaining(`code cache used: ${join(dir, files[0]!)}`)])
      expect(cacheFiles(dir)).toEqual(files)
    })

    for (const preload of ['require', 'import'] as const) {
      it(`--${preload}: a process that runs on gets its file a second after the start, after the start has run (not at exit)`, () => {
        const dir = join(scratch, 'cache')
        const r = runNode(node, ['apps/stay-target.cjs'], { preload, bootstrap: 'cache-patches', env: { AUTOWRAPT_DEBUG: '1', AUTOWRAPT_CACHE: dir } })
        expect(r.stdout).toBe(OUT)
        const events = r.stderr.split('\n').filter((l) => l.startsWith('app: ') || l.includes('code cache written'))
        expect(events).toEqual(['app: target loaded', expect.stringContaining('code cache written')])
        expect(cacheFiles(dir)).toHaveLength(1)
      })
    }

    it("is written at exit with the timer functions of the start, not an application's fake timers", () => {
      const dir = join(scratch, 'cache')
      const r = runNode(node, ['apps/fake-timers-target.cjs'], { bootstrap: 'cache-patches', env: { AUTOWRAPT_DEBUG: '1', AUTOWRAPT_CACHE: dir } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(OUT)
      expect(r.stderr).not.toContain('fake')
      expect(r.stderr).toMatch(/code cache written/)
      expect(cacheFiles(dir)).toHaveLength(1)
    })

    it('keeps one file per AUTOWRAPT_BOOTSTRAP: each set of patch packages caches what its own starts run', () => {
      const dir = join(scratch, 'cache')
      start(node, { AUTOWRAPT_CACHE: dir })
      const other = runNode(node, ['apps/hello-target.cjs'], { bootstrap: 'cache-patches,acme-patches', env: { AUTOWRAPT_CACHE: dir } })
      expect(other.code).toBe(0)
      expect(cacheFiles(dir)).toHaveLength(2)
      expect(start(node, { AUTOWRAPT_CACHE: dir }).cacheLines[0]).toContain('code cache used')
    })

    it('is written by the main thread only: a worker uses it, and never replaces it', () => {
      const dir = join(scratch, 'cache')
      const run = () => runNode(node, ['apps/worker-target.cjs'], { bootstrap: 'cache-patches', env: { AUTOWRAPT_DEBUG: '1', AUTOWRAPT_CACHE: dir } })
      const first = run()
      expect(first.code).toBe(0)
      // The worker's output reaches the parent asynchronously: its order is not asserted.
      expect(first.stdout.trim().split('\n').sort()).toEqual(['main: hello world (cached)', 'worker done', 'worker: hello world (cached)'])
      expect(first.stderr.match(/code cache written/g)).toHaveLength(1)
      const [file] = cacheFiles(dir)
      const written = statSync(join(dir, file!)).mtimeMs
      const second = run()
      expect(second.stdout.trim().split('\n').sort()).toEqual(first.stdout.trim().split('\n').sort())
      expect(second.stderr.match(/code cache used/g)).toHaveLength(2)
      expect(second.stderr).not.toContain('code cache written')
      expect(statSync(join(dir, file!)).mtimeMs).toBe(written)
    })

    it('is off with AUTOWRAPT_CACHE=0: nothing is written, also not in the default place', () => {
      const r = start(node, { AUTOWRAPT_CACHE: '0', HOME: scratch })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(OUT)
      expect(r.cacheLines).toEqual([])
      expect(readdirSync(scratch)).toEqual([])
    })

    it('goes to ~/.cache/autowrapt by default, or under XDG_CACHE_HOME when that is set', () => {
      expect(start(node, { HOME: scratch }).stdout).toBe(OUT)
      expect(cacheFiles(join(scratch, '.cache', 'autowrapt'))).toHaveLength(1)
      const xdg = join(scratch, 'xdg')
      expect(start(node, { HOME: scratch, XDG_CACHE_HOME: xdg }).stdout).toBe(OUT)
      expect(cacheFiles(join(xdg, 'autowrapt'))).toHaveLength(1)
    })

    it('a damaged cache file is refused by V8, the start is unchanged, and the file is replaced', () => {
      const dir = join(scratch, 'cache')
      start(node, { AUTOWRAPT_CACHE: dir })
      const [file] = cacheFiles(dir).map((f) => join(dir, f))
      const garbage = Buffer.alloc(4096, 7)
      writeFileSync(file!, garbage)
      const r = start(node, { AUTOWRAPT_CACHE: dir })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(OUT)
      expect(r.warnings).toEqual([])
      expect(r.cacheLines[0]).toContain('code cache refused by V8')
      expect(r.cacheLines[1]).toContain('code cache written')
      expect(readFileSync(file!).equals(garbage)).toBe(false)
      expect(start(node, { AUTOWRAPT_CACHE: dir }).cacheLines[0]).toContain('code cache used')
    })

    it('a cache file others can write is not read, and is replaced by a private one', () => {
      const dir = join(scratch, 'cache')
      start(node, { AUTOWRAPT_CACHE: dir })
      const [file] = cacheFiles(dir).map((f) => join(dir, f))
      chmodSync(file!, 0o666)
      const r = start(node, { AUTOWRAPT_CACHE: dir })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(OUT)
      expect(r.cacheLines[0]).toContain('code cache ignored, writable by other users')
      expect(statSync(file!).mode & 0o777).toBe(0o600)
    })

    itWhen(process.getuid?.() === 0, 'only root can give a file to another user', "a cache file of another user's is not read", () => {
      const dir = join(scratch, 'cache')
      start(node, { AUTOWRAPT_CACHE: dir })
      const [file] = cacheFiles(dir).map((f) => join(dir, f))
      chownSync(file!, 4242, 4242)
      const r = start(node, { AUTOWRAPT_CACHE: dir })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(OUT)
      expect(r.cacheLines[0]).toContain('code cache ignored, owned by uid 4242')
    })

    it('a symbolic link in the cache file\'s place is neither followed nor written through', () => {
      const dir = join(scratch, 'cache')
      start(node, { AUTOWRAPT_CACHE: dir })
      const [name] = cacheFiles(dir)
      const elsewhere = join(scratch, 'elsewhere.bin')
      writeFileSync(elsewhere, 'not a cache')
      rmSync(join(dir, name!))
      symlinkSync(elsewhere, join(dir, name!))
      const r = start(node, { AUTOWRAPT_CACHE: dir })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(OUT)
      expect(r.cacheLines[0]).toContain('code cache ignored, not a regular file')
      expect(readFileSync(elsewhere, 'utf8')).toBe('not a cache')
    })

    it('a cache directory that cannot be made costs the cache only: no warning, same output and exit code', () => {
      const blocker = join(scratch, 'a-file')
      writeFileSync(blocker, '')
      const r = start(node, { AUTOWRAPT_CACHE: join(blocker, 'cache') })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(OUT)
      expect(r.warnings).toEqual([])
      expect(r.cacheLines).toEqual([expect.stringContaining('code cache not written to')])
    })
  })
})
