"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installLoadByFilename = installLoadByFilename;
// CommonJS modules that the ESM loader hands straight to Node's CommonJS loader
// by filename for a require() inside a CommonJS module that a module.register
// loader returned as source (see esm/cjs-require-guard.ts, which marks them in
// core/commonjs-handoff.ts). Node calls Module._load(filename) with no parent,
// so no require() runs and require-in-the-middle never sees the module. Node
// makes the same call for every CommonJS module an `import` loads, which must
// not fire here (a dual package's ESM entry importing its CommonJS files), so
// only marked files count. This names the module the way
// require-in-the-middle would, so the same adapter fires the hooks.
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
const filter_js_1 = require("./filter.js");
const commonjs_handoff_js_1 = require("../core/commonjs-handoff.js");
function installLoadByFilename(isTargetPackage, onLoaded) {
    const moduleStatics = node_module_1.Module;
    const original = moduleStatics._load;
    moduleStatics._load = function load(request, parent, isMain) {
        const exports = Reflect.apply(original, this, [request, parent, isMain]);
        if (parent !== undefined && parent !== null)
            return exports;
        if (isMain || typeof request !== 'string' || !(0, commonjs_handoff_js_1.takeRequiredInCommonJs)(request))
            return exports;
        return loadedByFilename(request, exports, isTargetPackage, onLoaded);
    };
}
function loadedByFilename(filename, exports, isTargetPackage, onLoaded) {
    const packageName = (0, filter_js_1.packageNameOf)(filename.replaceAll(node_path_1.sep, '/'));
    if (packageName === undefined || !isTargetPackage(packageName))
        return exports;
    const marker = `${node_path_1.sep}node_modules${node_path_1.sep}${packageName.replaceAll('/', node_path_1.sep)}${node_path_1.sep}`;
    const at = filename.lastIndexOf(marker);
    const baseDir = filename.slice(0, at + marker.length - 1);
    const inside = (0, node_path_1.relative)(baseDir, filename).replaceAll(node_path_1.sep, '/');
    let result = onLoaded(exports, packageName, baseDir);
    result = onLoaded(result, `${packageName}/${inside}`, baseDir);
    if (result !== exports) {
        const cached = require.cache[filename];
        if (cached !== undefined && cached.exports === exports)
            cached.exports = result;
    }
    return result;
}
