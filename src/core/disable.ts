// AUTOWRAPT_DISABLE: turn declared hooks off without editing anything. Each
// entry is a patch package (`acme-patches`), one of its targets
// (`acme-patches:pg`) or a target for every package (`pg`, `node:http`).
// A rule that turns nothing off is most likely a typo: the matcher remembers
// which rules matched, so bootstrap can name the others with a suggestion.
import { parseTarget, splitAtPackageColon } from './targets.js'
import { closest } from './did-you-mean.js'

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

export type DisableMatcher = {
  /** Whether the declared hook of `packageName` on `target` is turned off. */
  readonly isDisabled: (packageName: string, target: string) => boolean
  /**
   * The entries that matched none of the declared hooks seen so far, each with
   * the closest spelling among `declared` (`[packageName, target]` pairs).
   */
  readonly unmatched: (declared: ReadonlyArray<readonly [string, string]>) => Array<{ entry: string; suggestion: string | undefined }>
}

function candidatesFor(rule: DisableRule, declared: ReadonlyArray<readonly [string, string]>): string[] {
  if (rule.kind === 'package-target') return declared.map(([p, t]) => `${p}:${t}`)
  if (rule.kind === 'target') return declared.map(([, t]) => (t.startsWith('node:') ? t : `node:${t}`))
  return declared.flatMap(([p, t]) => [p, t])
}

/** Builds the matcher for the AUTOWRAPT_DISABLE entries. */
export function createDisableMatcher(entries: readonly string[]): DisableMatcher {
  const rules = entries.map((entry) => ({ entry, rule: parseDisableRule(entry), matched: false }))
  return {
    isDisabled(packageName, target) {
      let disabled = false
      for (const r of rules) {
        if (matches(r.rule, packageName, target)) disabled = r.matched = true
      }
      return disabled
    },
    unmatched(declared) {
      return rules.filter((r) => !r.matched).map((r) => ({ entry: r.entry, suggestion: closest(r.entry, candidatesFor(r.rule, declared)) }))
    },
  }
}
