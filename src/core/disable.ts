// AUTOWRAPT_DISABLE: turn declared hooks off without editing anything. Each
// entry is a patch package (`acme-patches`), one of its targets
// (`acme-patches:pg`) or a target for every package (`pg`, `node:http`).
import { parseTarget, splitAtPackageColon } from './targets.js'

export type DisableRule =
  /** A bare name: a patch package or a target, whichever it matches. */
  | { readonly kind: 'name'; readonly name: string; readonly target: string }
  | { readonly kind: 'package-target'; readonly packageName: string; readonly target: string }
  | { readonly kind: 'target'; readonly target: string }

function targetName(key: string): string {
  const target = parseTarget(key)
  return target.ok ? target.value.name : key
}

export function parseDisableRule(entry: string): DisableRule {
  if (entry.startsWith('node:')) return { kind: 'target', target: targetName(entry) }
  const qualified = splitAtPackageColon(entry)
  if (qualified) return { kind: 'package-target', packageName: qualified.packageName, target: targetName(qualified.rest) }
  return { kind: 'name', name: entry, target: targetName(entry) }
}

function matches(rule: DisableRule, packageName: string, target: string): boolean {
  switch (rule.kind) {
    case 'name':
      return rule.name === packageName || rule.target === target
    case 'package-target':
      return rule.packageName === packageName && rule.target === target
    case 'target':
      return rule.target === target
  }
}

/** Returns a predicate telling whether a declared hook is disabled. */
export function createDisableMatcher(entries: readonly string[]): (packageName: string, target: string) => boolean {
  if (entries.length === 0) return () => false
  const rules = entries.map(parseDisableRule)
  return (packageName, target) => rules.some((rule) => matches(rule, packageName, target))
}
