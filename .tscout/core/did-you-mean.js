"use strict";
// "Did you mean": the closest known spelling of a mistyped name, for warnings.
Object.defineProperty(exports, "__esModule", { value: true });
exports.closest = closest;
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** The candidate nearest to `name` (case-insensitive), if it is close enough to be a typo of it. */
function closest(name, candidates) {
    const limit = Math.max(2, Math.floor(name.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of new Set(candidates)) {
        if (candidate === name)
            continue;
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return best;
}
