// What npm publishes: docs/ ships, every relative link in the README and docs/
// leads to a file in the package, the package says where its home is, and
// autowrapt/testing is exported with types.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/node.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
// --ignore-scripts: the files list only; `prepare` (the build) is not needed for it.
const packed: string[] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }))[0].files.map((f: { path: string }) => f.path)

describe('the npm package', () => {
  it('ships the docs the README links to', () => {
    expect(packed).toEqual(expect.arrayContaining(['README.md', 'docs/cli.md', 'docs/wrapping.md', 'docs/testing.md', 'docs/tracing.md']))
  })

  it('every relative link in the README and docs/ resolves to a file in the package', () => {
    const docs = packed.filter((f) => f === 'README.md' || f.startsWith('docs/'))
    for (const doc of docs) {
      const links = [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!)
      for (const link of links.filter((l) => !/^[a-z]+:/.test(l))) {
        expect(packed, `${doc} links to ${link}`).toContain(normalize(join(dirname(doc), link)))
      }
    }
  })

  it('says where the project lives: repository, homepage and bugs', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/autowrapt/autowrapt.git' })
    expect(pkg.homepage).toBe('https://github.com/autowrapt/autowrapt#readme')
    expect(pkg.bugs).toEqual({ url: 'https://github.com/autowrapt/autowrapt/issues' })
  })

  it('exports autowrapt/testing with its types, beside the other entries', () => {
    expect(pkg.exports['./testing']).toEqual({ types: './dist/testing.d.ts', default: './dist/testing.js' })
    expect(Object.keys(pkg.exports)).toEqual([
      '.',
      './register',
      './wrap',
      './testing',
      './opentelemetry',
      './opentelemetry/register',
      './esbuild',
      './webpack',
      './rollup',
      './loader',
      './package.json',
      './schema.json',
    ])
  })
})
