// Where the code cache goes and what its file is named after (src/load-runtime.ts).
import { describe, expect, it } from 'vitest'
import { cacheDirectory, cacheFileName } from '../../src/load-runtime.js'

describe('cacheDirectory', () => {
  it('is off for AUTOWRAPT_CACHE=0, false, off and no', () => {
    for (const off of ['0', 'false', 'OFF', ' no ']) expect(cacheDirectory({ AUTOWRAPT_CACHE: off, HOME: '/home/u' }, 'linux')).toBeUndefined()
  })
  it('is the named directory, resolved, for any other value except a yes', () => {
    expect(cacheDirectory({ AUTOWRAPT_CACHE: '/var/cache/app' }, 'linux')).toBe('/var/cache/app')
    expect(cacheDirectory({ AUTOWRAPT_CACHE: 'rel' }, 'linux')).toBe(`${process.cwd()}/rel`)
    expect(cacheDirectory({ AUTOWRAPT_CACHE: '1', HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/autowrapt')
  })
  it('defaults to the platform per-user cache directory', () => {
    expect(cacheDirectory({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/autowrapt')
    expect(cacheDirectory({ HOME: '/home/u', XDG_CACHE_HOME: '/xdg' }, 'linux')).toBe('/xdg/autowrapt')
    expect(cacheDirectory({ HOME: '/home/u', XDG_CACHE_HOME: 'relative' }, 'linux')).toBe('/home/u/.cache/autowrapt')
    expect(cacheDirectory({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Caches/autowrapt')
  })
  it('is off when there is no home to put it in', () => {
    expect(cacheDirectory({}, 'linux')).toBeUndefined()
    expect(cacheDirectory({ HOME: 'relative' }, 'linux')).toBeUndefined()
  })
})

describe('cacheFileName', () => {
  const stat = { size: 1000, mtimeMs: 1_700_000_000_123.7 }
  it('names the bundle, the Node and the options', () => {
    expect(cacheFileName(stat, 'opts')).toMatch(new RegExp(`^runtime-.+-1000-1700000000123-${process.version}-${process.arch}-[0-9a-z]+\\.v8cache$`))
  })
  it('changes when the bundle is edited in place (size or mtime) or the options differ', () => {
    const base = cacheFileName(stat, 'opts')
    expect(cacheFileName({ ...stat, size: 1001 }, 'opts')).not.toBe(base)
    expect(cacheFileName({ ...stat, mtimeMs: stat.mtimeMs + 1000 }, 'opts')).not.toBe(base)
    expect(cacheFileName(stat, 'other opts')).not.toBe(base)
    expect(cacheFileName(stat, 'opts')).toBe(base)
  })
})
