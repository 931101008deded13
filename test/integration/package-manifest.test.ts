// Issue 26, finding 14: the package.json npm publishes carries what a user
// needs and nothing that runs at install (no prepare, no scripts at all) or
// belongs to development (no devDependencies). Checked with a real `npm pack`
// on a copy of the package's manifest and its pack scripts, so the build (a
// no-op in the copy) cannot touch the dist/ other tests are running.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/node.js'
import { tempDir } from '../helpers/packages.js'

const source = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

describe('the published package.json', () => {
  it('npm pack publishes no scripts and no devDependencies, and leaves the development package.json as it was', () => {
    const dir = tempDir('pack')
    const text = JSON.stringify({ ...source, scripts: { ...source.scripts, build: 'node -e ""' } }, null, 2) + '\n'
    writeFileSync(join(dir, 'package.json'), text)
    mkdirSync(join(dir, 'scripts'))
    copyFileSync(join(ROOT, 'scripts/publish-manifest.mjs'), join(dir, 'scripts/publish-manifest.mjs'))
    writeFileSync(join(dir, 'README.md'), '# autowrapt\n')
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' }))
    const published = JSON.parse(execFileSync('tar', ['-xzOf', join(dir, packed.filename), 'package/package.json'], { encoding: 'utf8' }))
    expect(published.scripts).toBeUndefined()
    expect(published.devDependencies).toBeUndefined()
    expect(published.dependencies).toEqual(source.dependencies)
    expect(published.exports).toEqual(source.exports)
    expect(published.bin).toEqual(source.bin)
    expect(published.engines).toEqual(source.engines)
    // The optional peers (OpenTelemetry's API, the bundlers) are what a user needs to know.
    expect(published.peerDependencies).toEqual(source.peerDependencies)
    expect(published.peerDependenciesMeta).toEqual(source.peerDependenciesMeta)
    expect(Object.keys(published).sort()).toEqual(
      [
        'name', 'version', 'description', 'license', 'homepage', 'repository', 'bugs', 'type', 'engines', 'main', 'types', 'exports', 'files', 'bin',
        'dependencies', 'peerDependencies', 'peerDependenciesMeta',
      ].sort(),
    )
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(text)
  })

  it('the repository keeps its development scripts, and pack wires in the manifest swap', () => {
    expect(source.scripts.prepack).toMatch(/^npm run build && node scripts\/publish-manifest\.mjs write$/)
    expect(source.scripts.postpack).toBe('node scripts/publish-manifest.mjs restore')
  })
})
