// The shipped JSON Schema (what editors check) and readManifest (what the
// runtime and `autowrapt check` check) must agree. The schema is validated by
// Ajv, a well-kept validator, here at development time only: autowrapt itself
// ships no schema validator.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { isWithinPath, keyPath, readManifest } from '../../src/core/manifest.js'

const ROOT = join(__dirname, '../..')
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/autowrapt.schema.json'), 'utf8')) as object
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

/** Ajv's JSON pointer (`/hooks/pg`) in our spelling (`autowrapt.hooks.pg`). */
function pathOf(pointer: string): string {
  const keys = pointer.split('/').slice(1).map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'))
  return keys.reduce(keyPath, 'autowrapt')
}

/** The JSON paths the schema objects to; a property-name error points at the property itself. */
function schemaPaths(field: unknown): string[] {
  if (validate(field)) return []
  return [...new Set(validate.errors!.map((e) => {
    const path = pathOf(e.instancePath)
    const name = (e.params as { propertyName?: string; additionalProperty?: string }).propertyName ?? (e.params as { additionalProperty?: string }).additionalProperty
    return name === undefined ? path : keyPath(path, name)
  }))]
}

const runtimePaths = (field: unknown) => readManifest(field).problems.map((p) => p.jsonPath!)
const overlaps = (a: string, b: string) => isWithinPath(a, b) || isWithinPath(b, a)

function fixtureFields(): Array<[string, unknown]> {
  const fields: Array<[string, unknown]> = []
  for (const base of ['test/fixtures/node_modules', 'test/fixtures/cli', 'test/fixtures/cli/node_modules']) {
    for (const dir of readdirSync(join(ROOT, base))) {
      const file = join(ROOT, base, dir, 'package.json')
      if (!existsSync(file)) continue
      const json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { autowrapt?: unknown } // a BOM, as Node and npm accept
      if (json.autowrapt !== undefined) fields.push([dir, json.autowrapt])
    }
  }
  return fields
}

describe('the shipped JSON Schema and the runtime', () => {
  it('agree on every fixture: a field is valid for one exactly when it is valid for the other', () => {
    const fields = fixtureFields()
    expect(fields.length).toBeGreaterThan(20)
    for (const [dir, field] of fields) {
      expect({ dir, schemaOk: validate(field) }).toEqual({ dir, schemaOk: readManifest(field).problems.length === 0 })
    }
  })

  it('accept the forms the README documents', () => {
    const field = {
      $schema: './node_modules/autowrapt/schema/autowrapt.schema.json',
      hooks: { express: './hooks/express.js', 'node:http': './hooks/http.js#patchHttp', pg: { hook: './hooks/pg.js#patchPg', versions: '>=8 <10' }, 'mysql2/lib/connection.js': './hooks/mysql2.js', '@scope/pkg': 'hooks/scoped.js#default', 'fs/promises': './hooks/fs.js' },
      groups: { experimental: { undici: './hooks/undici.js' } },
    }
    expect(schemaPaths(field)).toEqual([])
    expect(runtimePaths(field)).toEqual([])
  })

  it('object to the same spots, each named by its JSON path', () => {
    const field = { $schema: 1, hooks: { pg: 42, './x': 'a.js', a: '/abs.js', b: { hook: 'a.js', versions: 1, extra: true }, c: { versions: '1' } }, groups: { 'bad group': {}, g: [] }, other: 1 }
    const spots = [
      'autowrapt.$schema',
      'autowrapt.hooks.pg',
      'autowrapt.hooks["./x"]',
      'autowrapt.hooks.a',
      'autowrapt.hooks.b.versions',
      'autowrapt.hooks.b.extra',
      'autowrapt.hooks.c',
      'autowrapt.groups["bad group"]',
      'autowrapt.groups.g',
      'autowrapt.other',
    ]
    for (const found of [schemaPaths(field), runtimePaths(field)]) {
      for (const spot of spots) expect(found.some((path) => overlaps(path, spot)), `${spot} in ${found.join(', ')}`).toBe(true)
      for (const path of found) expect(spots.some((spot) => overlaps(path, spot)), `${path} is none of the spots`).toBe(true)
    }
  })

  it('the package.json schema refers to the field schema', () => {
    const whole = JSON.parse(readFileSync(join(ROOT, 'schema/package-json.schema.json'), 'utf8')) as { properties: { autowrapt: { $ref: string } } }
    expect(existsSync(join(ROOT, 'schema', whole.properties.autowrapt.$ref))).toBe(true)
  })
})
