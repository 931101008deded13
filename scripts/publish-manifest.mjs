// The package.json npm publishes: what a user needs, and nothing that runs at
// install or belongs to development (issue 26, finding 14). npm packs the
// package.json on disk, so `prepack` writes this manifest in its place and
// `postpack` puts the development one back.
//
//   node scripts/publish-manifest.mjs write     (prepack: keeps the original, writes the published one)
//   node scripts/publish-manifest.mjs restore   (postpack: puts the original back; nothing to do when none is kept)
//   node scripts/publish-manifest.mjs print     (prints the published manifest, touches nothing)
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const MANIFEST = join(ROOT, 'package.json')
// Inside node_modules/: never packed, never committed.
const KEPT = join(ROOT, 'node_modules', '.autowrapt-pack', 'package.json')

// Every member a user of the published package needs; anything else (scripts,
// devDependencies, tool settings) stays in the repository.
const PUBLISHED = [
  'name', 'version', 'description', 'keywords', 'license', 'author', 'homepage', 'repository', 'bugs', 'type', 'engines',
  'main', 'types', 'exports', 'files', 'bin', 'dependencies', 'peerDependencies', 'peerDependenciesMeta', 'optionalDependencies',
]

export function publishedManifest(manifest) {
  return Object.fromEntries(PUBLISHED.filter((key) => Object.hasOwn(manifest, key)).map((key) => [key, manifest[key]]))
}

const command = process.argv[2]
if (command === 'print') {
  process.stdout.write(JSON.stringify(publishedManifest(JSON.parse(readFileSync(MANIFEST, 'utf8'))), null, 2) + '\n')
} else if (command === 'write') {
  if (existsSync(KEPT)) throw new Error(`${KEPT} exists: a pack did not finish; run "node scripts/publish-manifest.mjs restore" first`)
  const text = readFileSync(MANIFEST, 'utf8')
  mkdirSync(dirname(KEPT), { recursive: true })
  writeFileSync(KEPT, text)
  writeFileSync(MANIFEST, JSON.stringify(publishedManifest(JSON.parse(text)), null, 2) + '\n')
} else if (command === 'restore') {
  if (existsSync(KEPT)) {
    renameSync(KEPT, MANIFEST)
    rmSync(dirname(KEPT), { recursive: true, force: true })
  }
} else {
  process.stderr.write('usage: node scripts/publish-manifest.mjs write|restore|print\n')
  process.exitCode = 2
}
