"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseDisableRule = parseDisableRule;
exports.createDisableMatcher = createDisableMatcher;
// AUTOWRAPT_DISABLE: turn declared hooks off without editing anything. Each
// entry is a patch package (`acme-patches`), one of its targets
// (`acme-patches:pg`) or a target for every package (`pg`, `node:http`).
// A rule that turns nothing off is most likely a typo: the matcher remembers
// which rules matched, so bootstrap can name the others with a suggestion.
const targets_js_1 = require("./targets.js");
const did_you_mean_js_1 = require("./did-you-mean.js");
function targetName(key) {
    const target = (0, targets_js_1.parseTarget)(key);
    return target.ok ? target.value.name : key;
}
function parseDisableRule(entry) {
    if (entry.startsWith('node:'))
        return { kind: 'target', target: targetName(entry) };
    const qualified = (0, targets_js_1.splitAtPackageColon)(entry);
    if (qualified)
        return { kind: 'package-target', packageName: qualified.packageName, target: targetName(qualified.rest) };
    return { kind: 'name', name: entry, target: targetName(entry) };
}
function matches(rule, packageName, target) {
    switch (rule.kind) {
        case 'name':
            return rule.name === packageName || rule.target === target;
        case 'package-target':
            return rule.packageName === packageName && rule.target === target;
        case 'target':
            return rule.target === target;
    }
}
function candidatesFor(rule, declared) {
    if (rule.kind === 'package-target')
        return declared.map(([p, t]) => `${p}:${t}`);
    if (rule.kind === 'target')
        return declared.map(([, t]) => (t.startsWith('node:') ? t : `node:${t}`));
    return declared.flatMap(([p, t]) => [p, t]);
}
/** Builds the matcher for the AUTOWRAPT_DISABLE entries. */
function createDisableMatcher(entries) {
    const rules = entries.map((entry) => ({ entry, rule: parseDisableRule(entry), matched: false }));
    return {
        isDisabled(packageName, target) {
            let disabled = false;
            for (const r of rules) {
                if (matches(r.rule, packageName, target))
                    disabled = r.matched = true;
            }
            return disabled;
        },
        unmatched(declared) {
            return rules.filter((r) => !r.matched).map((r) => ({ entry: r.entry, suggestion: (0, did_you_mean_js_1.closest)(r.entry, candidatesFor(r.rule, declared)) }));
        },
    };
}
