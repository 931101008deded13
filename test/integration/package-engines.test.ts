// `npm install` on the oldest supported Node prints no EBADENGINE: every
// package in the lockfile (devDependencies included) admits the lowest version
// of each supported line that package.json's engines names. The one known
// exception is explained in the README's Development section.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { minVersion, satisfies, validRange } from 'semver'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/node.js'

type LockEntry = { engines?: { node?: string }; optional?: boolean }
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }

function misfits(version: string): string[] {
  return Object.entries(lock.packages)
    // Optional packages are platform fallbacks (wasm bindings) that npm skips where they do not fit.
    .filter(([path, entry]) => path !== '' && !entry.optional && typeof entry.engines?.node === 'string' && validRange(entry.engines.node))
    .filter(([, entry]) => !satisfies(version, entry.engines!.node!))
    .map(([path, entry]) => `${path} (${entry.engines!.node})`)
}

describe('engines of the development install', () => {
  const oldest = (pkg.engines.node as string).split('||').map((range) => minVersion(range.trim())!.version)

  it('package.json supports Node 20.19, 22.12 and 24 and later', () => {
    expect(oldest).toEqual(['20.19.0', '22.12.0', '24.0.0'])
  })

  it('every locked package admits Node 20.19.0 and 24.0.0 (no EBADENGINE on the system Node 20)', () => {
    expect(misfits('20.19.0')).toEqual([])
    expect(misfits('24.0.0')).toEqual([])
  })

  it('on exactly Node 22.12.x, only dev tools for linting and mutation testing ask for 22.13 (typescript-eslint\'s eslint-visitor-keys 5, Stryker\'s @inquirer prompts)', () => {
    const found = misfits('22.12.0')
    expect(found).toContain('node_modules/@typescript-eslint/visitor-keys/node_modules/eslint-visitor-keys (^20.19.0 || ^22.13.0 || >=24)')
    expect(found.filter((path) => !/^node_modules\/(@inquirer\/[a-z-]+|@typescript-eslint\/visitor-keys\/node_modules\/eslint-visitor-keys) /.test(path))).toEqual([])
    expect(misfits('22.13.0')).toEqual([])
  })
})
