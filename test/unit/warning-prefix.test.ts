// The `autowrapt: ` prefix is written in one place for warnings (report/log.ts
// adds it); elsewhere in src/ it only starts a thrown error's message or the
// CLI's and the bundler plugins' output (build-time tools). A message passed to warn() with its own prefix printed it
// twice (issue 25), and the loader thread once had its own warning format.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'
import { ROOT } from '../helpers/nodes.js'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.m?ts$/.test(entry.name) ? [path] : []
  })
}

it("the 'autowrapt: ' prefix appears only in the warning log, thrown errors, the CLI and the bundler plugins", () => {
  const stray: string[] = []
  for (const file of sources(join(ROOT, 'src'))) {
    const name = relative(ROOT, file)
    // The warning log; the CLI and the bundler plugins, which print to a build or a terminal, not into an application.
    if (name === join('src', 'report', 'log.ts') || name.startsWith(join('src', 'cli')) || name.startsWith(join('src', 'bundler'))) continue
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, i) => {
      if (!/['"`]autowrapt: /.test(line) || line.trim().startsWith('//')) return
      const statement = `${lines[i - 1] ?? ''}\n${line}`
      if (!/(throw new \w*Error\(|new \w*Error\()/.test(statement)) stray.push(`${name}:${i + 1}: ${line.trim()}`)
    })
  }
  expect(stray).toEqual([])
})
