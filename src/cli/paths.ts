// Files of this package the CLI needs at run time, found from the compiled
// file's location (dist/cli/) so the CLI works from any working directory.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const PACKAGE_ROOT = resolve(__dirname, '..', '..')
export const REGISTER_PATH = resolve(PACKAGE_ROOT, 'register.cjs')

export function packageVersion(): string {
  const json = JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown }
  return typeof json.version === 'string' ? json.version : 'unknown'
}
