"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installedTarget = installedTarget;
exports.describeInstalled = describeInstalled;
// For `autowrapt list`: which version of a hook's target is installed where the
// command runs, and whether the hook's `versions` range admits it, so that an
// operator learns of a skipped-version before starting the application.
const package_info_js_1 = require("../core/package-info.js");
const versions_js_1 = require("../core/versions.js");
/** What the runtime would decide for this hook, judged from the packages installed under `bases`. */
function installedTarget(target, range, bases) {
    if (target.kind === 'builtin')
        return { installed: process.versions.node, match: 'builtin' };
    const dir = (0, package_info_js_1.findPackageDir)(target.packageName, bases);
    if (dir === undefined)
        return { installed: null, match: 'not-installed' };
    const version = (0, package_info_js_1.readPackageJson)(dir)?.version;
    const installed = typeof version === 'string' ? version : null;
    if (range === undefined)
        return { installed, match: 'matches' };
    if (!(0, versions_js_1.isValidRange)(range))
        return { installed, match: 'invalid-range' };
    // The runtime skips a versioned hook on a package with no version.
    return { installed, match: installed !== null && (0, versions_js_1.satisfiesRange)(installed, range) ? 'matches' : 'skipped-version' };
}
/** One cell for the listing: `1.2.3 matches`, `5.1.0 skipped-version`, `not installed`, `builtin`. */
function describeInstalled({ installed, match }) {
    if (match === 'not-installed')
        return 'not installed';
    if (match === 'builtin')
        return 'builtin';
    return `${installed ?? '(no version)'} ${match}`;
}
