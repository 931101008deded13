// autowrapt's import-in-the-middle callback runs inside the application's own
// import: an error of autowrapt's there is reported once, with
// AUTOWRAPT_INTERNAL_ERROR, and never thrown into the application.
import { afterEach, describe, expect, it } from 'vitest'
import { createIitmHook, type ImportedModule } from '../../src/esm/subscription.js'

const codes: string[] = []
const listener = (warning: Error & { code?: string }) => codes.push(warning.code ?? '')

afterEach(() => {
  process.off('warning', listener)
})

describe('the ESM import callback', () => {
  it('an internal error is contained, reported once with AUTOWRAPT_INTERNAL_ERROR, and later modules still arrive', async () => {
    process.on('warning', listener)
    const received: string[] = []
    let broken = true
    const hook = createIitmHook(
      (url) => {
        if (broken) throw new TypeError(`cannot judge ${url}`)
        return false
      },
      (module: ImportedModule) => received.push(module.url),
    )
    expect(() => hook('file:///a.mjs', {})).not.toThrow()
    expect(() => hook('file:///b.mjs', {})).not.toThrow()
    broken = false
    hook('file:///c.mjs', {}, 'c', 'module')
    await new Promise((resolve) => setImmediate(resolve))
    expect(codes.filter((c) => c === 'AUTOWRAPT_INTERNAL_ERROR')).toHaveLength(1)
    expect(received).toEqual(['file:///c.mjs'])
  })
})
