import { describe, expect, it } from 'vitest'
import { createLoadTracker, withoutIitm } from '../../src/esm/load-tracker.js'

describe('telling ESM targets loaded through our hooks from those loaded before', () => {
  it('drops only the iitm parameter from URLs', () => {
    expect(withoutIitm('file:///a/x.js')).toBe('file:///a/x.js')
    expect(withoutIitm('file:///a/x.js?iitm=true')).toBe('file:///a/x.js')
    expect(withoutIitm('file:///a/x.js?v=1&iitm=true')).toBe('file:///a/x.js?v=1')
    // "iitm" in the path, not the query, and a query without it, are left alone.
    expect(withoutIitm('file:///iitm/x.js?v=1')).toBe('file:///iitm/x.js?v=1')
    expect(withoutIitm('file:///iitm/x.js')).toBe('file:///iitm/x.js')
    expect(withoutIitm('not a url?iitm=true')).toBe('not a url?iitm=true')
  })

  it('counts the load of an included module, not of its wrapper, and reports it once', () => {
    const reported: string[] = []
    const tracker = createLoadTracker((url) => reported.push(url))
    tracker.included('file:///a/x.js?iitm=true')
    tracker.loading('file:///a/x.js?iitm=true')
    expect(tracker.wasLoaded('file:///a/x.js')).toBe(false)
    tracker.loading('file:///a/x.js')
    tracker.loading('file:///a/x.js')
    tracker.loading('file:///a/other.js')
    expect(tracker.wasLoaded('file:///a/x.js')).toBe(true)
    expect(tracker.wasLoaded('file:///a/other.js')).toBe(false)
    expect(reported).toEqual(['file:///a/x.js'])
  })
})
