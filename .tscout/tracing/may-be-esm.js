"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mayBeEsm = mayBeEsm;
// On the module.register path the loader thread exists only for ES modules
// (CommonJS goes through the _compile step), and starting it costs the
// application's startup dearly on Node 20. So it is registered only for
// entries whose file may be ESM: `.mjs`, or a `.js` file whose nearest
// package.json says "type": "module", or a package not found from here
// (where we cannot tell).
const node_path_1 = require("node:path");
const discovery_js_1 = require("../core/discovery.js");
const package_info_js_1 = require("../core/package-info.js");
function mayBeEsm(spec, bases = (0, discovery_js_1.defaultBases)()) {
    if (spec.filePath.endsWith('.mjs') || spec.filePath.endsWith('.mts'))
        return true;
    if (spec.filePath.endsWith('.cjs') || spec.filePath.endsWith('.cts') || spec.filePath.endsWith('.json'))
        return false;
    const root = (0, package_info_js_1.findPackageDir)(spec.moduleName, bases);
    if (root === undefined)
        return true;
    for (let dir = (0, node_path_1.dirname)((0, node_path_1.join)(root, spec.filePath));; dir = (0, node_path_1.dirname)(dir)) {
        const type = (0, package_info_js_1.readPackageJson)(dir)?.type;
        if (type !== undefined)
            return type === 'module';
        if (dir === root || (0, node_path_1.relative)(root, dir).startsWith('..') || !dir.includes(node_path_1.sep))
            return false;
    }
}
