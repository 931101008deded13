// Throwaway packages on disk, for tests whose fixture must not depend on what
// is installed around the checkout (a unique name cannot be installed above it).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A fresh empty directory under the system temp directory. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `autowrapt-${prefix}-`))
}

/** A name no registry package has and nothing on this machine can already be installed under. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`
}

/** Writes `files` (relative path -> content; objects are written as JSON) under `dir`. */
export function writeTree(dir: string, files: Record<string, string | object>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
}
