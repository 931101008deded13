import { describe, expect, it } from 'vitest'
import { requirePreloadsInLoaderThread } from '../../src/tracing/loader-thread-preloads.js'

describe('which --require preloads a Node 20 loader thread also runs', () => {
  it('names --require and -r preloads from NODE_OPTIONS and the command line, in both spellings, once each', () => {
    expect(requirePreloadsInLoaderThread(20, '--require ./a.cjs --import ./b.mjs', ['-r', 'dd-trace/init', '--require=./a.cjs', '-r="./c.cjs"'])).toEqual([
      './a.cjs',
      'dd-trace/init',
      './c.cjs',
    ])
  })

  it('leaves out autowrapt/register, which does nothing in the loader thread', () => {
    expect(requirePreloadsInLoaderThread(20, '--require autowrapt/register', ['-r', '/app/node_modules/autowrapt/register.cjs'])).toEqual([])
    expect(requirePreloadsInLoaderThread(20, '--require autowrapt/opentelemetry/register', ['-r', '/app/node_modules/autowrapt/opentelemetry-register.cjs'])).toEqual([])
  })

  it('names nothing on other Node lines, and nothing for --import preloads', () => {
    expect(requirePreloadsInLoaderThread(22, '--require ./a.cjs', [])).toEqual([])
    expect(requirePreloadsInLoaderThread(20, '--import ./a.cjs', [])).toEqual([])
  })
})
