import { describe, expect, it } from 'vitest'
import { mapLineStarts } from '../../src/tracing/source-maps.js'

describe('source maps of transformed files', () => {
  it('map each generated line start to the original position of its first mapped token', () => {
    // line 1: one segment at column 4 (source +0, line +2, column +1, name 0); line 2: two segments
    const map = JSON.stringify({ version: 3, sources: ['a.js'], names: ['x'], mappings: 'IAECA;IAAIA,EAAE' })
    const out = JSON.parse(mapLineStarts(map)) as { mappings: string }
    // A column-0 segment with the first segment's source position is inserted, and the
    // first segment becomes relative to it (same source, line and column: zero deltas).
    expect(out.mappings).toBe('AAEC,IAAAA;AAAI,IAAAA,EAAE')
  })

  it('leaves lines that already start at column 0, and empty lines, alone', () => {
    const map = JSON.stringify({ version: 3, sources: ['a.js'], names: [], mappings: 'AAAA;;AACA' })
    expect(JSON.parse(mapLineStarts(map)).mappings).toBe('AAAA;;AACA')
  })
})
