// The application: plain code, no instrumentation, no autowrapt import.
import { gzipSync } from 'node:zlib'
import { countWords, topWords } from 'word-stats'

const text = 'the quick brown fox jumps over the lazy dog and the dog sleeps'
console.log('words:', countWords(text))
console.log('top:', topWords(text, 2).join(', '))
console.log('gzip bytes:', gzipSync(text).length)
