"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fireOnImportedEsm = fireOnImportedEsm;
// An ES target imported through import-in-the-middle's wrapper. The module may
// already have been reached by require(esm) (core/esm-instance.ts): then the
// hook has fired on the require() view, and its changes move into the wrapper
// here instead of the hook firing a second time.
const esm_instance_js_1 = require("../core/esm-instance.js");
function fireOnImportedEsm(registry, target, url, namespace, info, late) {
    const instance = (0, esm_instance_js_1.esmInstance)(url);
    if (instance.wrapper !== undefined && instance.wrapper !== namespace) {
        // A second wrapper of the same module (another import-in-the-middle in the
        // chain): it holds its own bindings, so it is patched as its own instance.
        fire(registry, target, namespace, namespace, info, late);
        return;
    }
    const view = instance.view;
    if (instance.wrapper === undefined) {
        instance.wrapper = namespace;
        if (view !== undefined)
            (0, esm_instance_js_1.bindViewToWrapper)(view, instance.real, namespace);
    }
    // Reached by require(esm) first: the module was loaded through our hooks, not
    // before them, and the hook already fired on the view.
    if (view !== undefined)
        registry.moduleLoaded(target, instance.key, namespace, info);
    else
        fire(registry, target, instance.key, namespace, info, late);
}
function fire(registry, target, key, namespace, info, late) {
    const result = registry.moduleLoaded(target, key, namespace, info, late);
    // A returned value replaces the default export.
    if (result !== namespace && 'default' in namespace)
        namespace.default = result;
}
