import { describe, expect, it } from 'vitest'
import { appendUrl, createChannelBuffer, createTargetReader, createUrlReader, publishTargets, urlLogOverflowed } from '../../src/esm/channel.js'

describe('shared memory between the application thread and the loader thread', () => {
  it('hands over the newest target list once per change', () => {
    const buffer = createChannelBuffer()
    const read = createTargetReader(buffer)
    expect(read()).toBeUndefined()
    expect(publishTargets(buffer, { specifiers: ['pg'], files: [] })).toBe(true)
    expect(read()).toEqual({ specifiers: ['pg'], files: [] })
    expect(read()).toBeUndefined()
    expect(publishTargets(buffer, { specifiers: ['pg', 'x'], files: ['x/a.js'] })).toBe(true)
    expect(read()).toEqual({ specifiers: ['pg', 'x'], files: ['x/a.js'] })
  })

  it('refuses a target list that does not fit', () => {
    const buffer = createChannelBuffer(16)
    expect(publishTargets(buffer, { specifiers: ['a-very-long-package-name'], files: [] })).toBe(false)
  })

  it('logs loaded URLs in order, and marks the log as overflowed when full', () => {
    const buffer = createChannelBuffer(40)
    const read = createUrlReader(buffer)
    expect(appendUrl(buffer, 'file:///a.js')).toBe(true)
    expect(appendUrl(buffer, 'file:///b.js')).toBe(true)
    expect(read()).toEqual(['file:///a.js', 'file:///b.js'])
    expect(read()).toEqual([])
    expect(urlLogOverflowed(buffer)).toBe(false)
    expect(appendUrl(buffer, 'file:///a-url-that-will-not-fit.js')).toBe(false)
    expect(urlLogOverflowed(buffer)).toBe(true)
  })
})
