// The Node version boundaries autowrapt decides its mechanisms by, without
// loading anything to find out (core/node-features.ts).
import { describe, expect, it } from 'vitest'
import { nodeFeatures, syncHooksOn } from '../../src/core/node-features.js'

describe('syncHooksOn: in-thread import-in-the-middle from nodejs/node#59929 on', () => {
  it.each([
    ['20.19.0', false],
    ['20.20.2', false],
    ['22.15.0', false],
    ['22.22.2', false],
    ['22.22.3', true],
    ['22.23.0', true],
    ['23.11.0', false],
    ['24.0.0', false],
    ['24.11.0', false],
    ['24.11.1', true],
    ['24.12.0', true],
    ['25.0.0', false],
    ['25.1.0', true],
    ['26.0.0', true],
    ['27.0.0-nightly20270101', true],
  ])('Node %s: %s', (version, expected) => {
    expect(syncHooksOn(version)).toBe(expected)
  })
})

describe('the main thread is told apart without loading worker_threads', () => {
  it('is not the loader thread, and its thread id is 0', () => {
    expect(nodeFeatures.isLoaderThread()).toBe(false)
    expect(nodeFeatures.threadId()).toBe(0)
  })
})
