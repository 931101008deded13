// Generated ESM import cycles through a target (fast-check): a ring of 2 to 4
// packages from the target back to it, the target's function exported as a
// declaration, a default export or an export list, read by the last member
// through a named, renamed or namespace import, directly or through a package
// that re-exports the target, at top level (plain or in a template
// substitution) or only inside a function, with or without declared
// dependencies. Every shape of one run goes into one tree and one process
// (spawning is the cost), under each Node and both ESM mechanisms.
//
// Invariant: the application runs as it does without autowrapt (same
// output, exit 0, never "Cannot access ... before initialization"); the
// application's own call of the target is hooked; inside the cycle, a member
// that reads the target at top level (or passes it on) gets the module and is
// named by AUTOWRAPT_ESM_CYCLE, and a member that reads it only from a
// function keeps the hooked namespace and no warning names it.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ROOT, forEachEsmNode, runNode, type NodeBin } from '../helpers/node.js'
import { tempDir, writeTree } from '../helpers/packages.js'

type Shape = {
  ring: number
  exportForm: 'declaration' | 'default' | 'list'
  importForm: 'named' | 'renamed' | 'namespace'
  via: 'direct' | 'reexport-named' | 'reexport-star' | 'reexport-local'
  readAt: 'top-level' | 'template' | 'function'
  declared: boolean
}

const shapeArb: fc.Arbitrary<Shape> = fc
  .record({
    ring: fc.integer({ min: 2, max: 4 }),
    exportForm: fc.constantFrom('declaration', 'default', 'list'),
    importForm: fc.constantFrom('named', 'renamed', 'namespace'),
    via: fc.constantFrom('direct', 'reexport-named', 'reexport-star', 'reexport-local'),
    readAt: fc.constantFrom('top-level', 'template', 'function'),
    declared: fc.boolean(),
  })
  // `export *` does not pass a default export on.
  .map((s) => (s.exportForm === 'default' && s.via === 'reexport-star' ? { ...s, via: 'reexport-named' as const } : s))

const EXPORTS: Record<Shape['exportForm'], string> = {
  declaration: "export function f () { return 'f' }",
  default: "export default function f () { return 'f' }",
  list: "function f () { return 'f' }\nexport { f }",
}

/** The reader's import statement and its call of the target. */
function readerImport(shape: Shape, from: string): { statement: string; call: string } {
  const name = shape.exportForm === 'default' ? 'default' : 'f'
  if (shape.importForm === 'namespace') return { statement: `import * as ns from '${from}'`, call: `ns.${name}()` }
  if (shape.importForm === 'renamed') return { statement: `import { ${name} as g } from '${from}'`, call: 'g()' }
  return { statement: shape.exportForm === 'default' ? `import f from '${from}'` : `import { f } from '${from}'`, call: 'f()' }
}

function reexport(shape: Shape, target: string): string {
  const isDefault = shape.exportForm === 'default'
  if (shape.via === 'reexport-star') return `export * from '${target}'`
  if (shape.via === 'reexport-local') return isDefault ? `import f from '${target}'\nexport default f` : `import { f } from '${target}'\nexport { f }`
  return isDefault ? `export { default } from '${target}'` : `export { f } from '${target}'`
}

/** The packages of one shape: g<k>-p0 (the target) ... g<k>-p<ring-1> (the reader), and g<k>-r (the re-exporter). */
function shapeFiles(shape: Shape, k: number): Record<string, string | object> {
  const p = (i: number) => `g${k}-p${i}`
  const reexporter = `g${k}-r`
  const files: Record<string, string | object> = {}
  const pkg = (name: string, source: string, imports: string[]) => {
    const dependencies = Object.fromEntries(imports.map((d) => [d, '1.0.0']))
    files[`node_modules/${name}/package.json`] = { name, version: '1.0.0', type: 'module', exports: './index.js', ...(shape.declared ? { dependencies } : {}) }
    files[`node_modules/${name}/index.js`] = source
  }
  pkg(p(0), `import { v } from '${p(1)}'\n${EXPORTS[shape.exportForm]}\nexport const seen = v\n`, [p(1)])
  for (let i = 1; i < shape.ring - 1; i++) pkg(p(i), `import { v as w } from '${p(i + 1)}'\nexport const v = 'p${i}+' + w\n`, [p(i + 1)])
  const source = shape.via === 'direct' ? p(0) : reexporter
  const { statement, call } = readerImport(shape, source)
  const body =
    shape.readAt === 'top-level'
      ? `export const v = 'read ' + ${call}`
      : shape.readAt === 'template'
        ? `export const v = \`read \${${call}}\``
        : `export const v = 'deferred'\nexport function later () { return ${call} }`
  pkg(p(shape.ring - 1), `${statement}\n${body}\n`, [source])
  if (shape.via !== 'direct') pkg(reexporter, `${reexport(shape, p(0))}\n`, [p(0)])
  return files
}

function treeOf(shapes: Shape[]): Record<string, string | object> {
  const hooks = Object.fromEntries(shapes.map((_, k) => [`g${k}-p0`, './wrap.js']))
  const files: Record<string, string | object> = {
    'node_modules/gen-cycle-patches/package.json': { name: 'gen-cycle-patches', version: '1.0.0', autowrapt: { hooks } },
    'node_modules/gen-cycle-patches/wrap.js':
      "module.exports = (ns) => { const key = typeof ns.f === 'function' ? 'f' : 'default'; const o = ns[key]; ns[key] = () => o() + ' (patched)' }\n",
  }
  const app: string[] = []
  shapes.forEach((shape, k) => {
    Object.assign(files, shapeFiles(shape, k))
    app.push(`import * as t${k} from 'g${k}-p0'`)
    if (shape.readAt === 'function') app.push(`import { later as l${k} } from 'g${k}-p${shape.ring - 1}'`)
  })
  const rows = shapes.map((shape, k) => {
    const call = shape.exportForm === 'default' ? `t${k}.default()` : `t${k}.f()`
    return `{ seen: t${k}.seen, call: ${call}${shape.readAt === 'function' ? `, later: l${k}()` : ''} }`
  })
  app.push(`console.log(JSON.stringify([${rows.join(', ')}]))`)
  files['app.mjs'] = app.join('\n') + '\n'
  return files
}

type Row = { seen: string; call: string; later?: string }
const CYCLE = /\[AUTOWRAPT_ESM_CYCLE\] AutowraptWarning: autowrapt: \S*\/node_modules\/(g\d+-[pr]\d*)\/index\.js imports the hook target/g

function checkShapes(node: NodeBin, shapes: Shape[]): void {
  const dir = tempDir('esm-cycle-generated')
  writeTree(dir, treeOf(shapes))
  const described = shapes.map((s, k) => `g${k}: ${JSON.stringify(s)}`).join('\n')
  const plain = runNode(node, ['app.mjs'], { cwd: dir, preload: null })
  expect(plain.code, `plain Node, shapes:\n${described}\n${plain.stderr}`).toBe(0)
  const r = runNode(node, ['app.mjs'], {
    cwd: dir,
    preload: null,
    bootstrap: 'gen-cycle-patches',
    nodeOptions: ['--import', pathToFileURL(join(ROOT, 'register.cjs')).href],
  })
  expect(r.stderr, `shapes:\n${described}`).not.toMatch(/ReferenceError/)
  expect(r.code, `shapes:\n${described}\n${r.stderr}`).toBe(0)
  const expected = (JSON.parse(plain.stdout) as Row[]).map((row, k) => ({
    ...row,
    call: `${row.call} (patched)`,
    ...(row.later === undefined ? {} : { later: shapes[k]!.via === 'direct' ? `${row.later} (patched)` : row.later }),
  }))
  expect(JSON.parse(r.stdout), `shapes:\n${described}`).toEqual(expected)
  // Named: the member that imports the target inside the cycle and reads it at top level or passes it on.
  const named = shapes
    .map((s, k) => (s.via !== 'direct' ? `g${k}-r` : s.readAt === 'function' ? undefined : `g${k}-p${s.ring - 1}`))
    .filter((name) => name !== undefined)
  expect([...r.stderr.matchAll(CYCLE)].map((m) => m[1]).sort(), `shapes:\n${described}`).toEqual(named.sort())
  rmSync(dir, { recursive: true, force: true })
}

forEachEsmNode((node) => {
  describe('generated ESM import cycles through a target', () => {
    it('run as without autowrapt, hooked outside the cycle, and named where the wrapper is left out (fast-check, 2 runs of 6 to 10 shapes)', () => {
      fc.assert(
        fc.property(fc.array(shapeArb, { minLength: 6, maxLength: 10 }), (shapes) => checkShapes(node, shapes)),
        // Each run spawns two processes: no shrinking (the message lists every shape of the failing run).
        { numRuns: 2, endOnFailure: true },
      )
    })
  })
})
