// Runs once before the suite. Integration tests run the built dist/, unit
// tests run src/: a dist/ older than src/ would make the integration tests
// silently check old code, so the run stops here instead. (`npm test` builds
// first, through its pretest script.) It also says which ESM mechanisms the
// run covers.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT, describeEsmCoverage } from './nodes.js'

const SRC = join(ROOT, 'src')
const DIST = join(ROOT, 'dist')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.m?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** src files whose compiled dist file is missing or older than them. */
export function staleOutputs(): string[] {
  return sourceFiles(SRC).filter((source) => {
    const output = join(DIST, relative(SRC, source)).replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs')
    return !existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs
  })
}

export default function setup(): void {
  const stale = staleOutputs()
  if (stale.length > 0) {
    const names = stale.slice(0, 5).map((f) => relative(ROOT, f)).join(', ')
    throw new Error(`dist/ is older than src/ (${names}${stale.length > 5 ? ', ...' : ''}): run "npm run build" ("npm test" does it first)`)
  }
  console.log(describeEsmCoverage())
}
