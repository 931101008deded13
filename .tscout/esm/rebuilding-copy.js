"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRebuildingCopyFinder = createRebuildingCopyFinder;
// Loader thread: import-in-the-middle 1.x and 2.x ahead of autowrapt in the
// module.register chain (registered after it, on a Node without usable
// module.registerHooks). Those majors rebuild every URL marked `?iitm=true`
// themselves instead of leaving it to the loader that marked it, and they look
// up the module's specifier under the unmarked URL, which they never saw: their
// own hooks on the module stop firing, and autowrapt's wrapper never loads. So
// for such a module autowrapt steps aside (does not mark it), the other copy
// wraps it as if alone, and autowrapt subscribes to that copy instead (an ESM
// module gets one added `import` of foreign-bridge.mjs; loader-thread.mts).
//
// Node shows a loader nothing of the loaders ahead of it, but they are waiting
// on its resolve hook, so they are on its (async) stack.
const node_fs_1 = require("node:fs");
const node_url_1 = require("node:url");
const IITM_FRAME = /\(((?:file:\/\/)?[^()\s]+?)[/\\](?:hook\.js|hook\.mjs|create-hook\.mjs):\d+:\d+\)/;
function createRebuildingCopyFinder(ownIitmDir) {
    const rebuilds = new Map();
    function isRebuildingCopy(dir) {
        let known = rebuilds.get(dir);
        if (known === undefined) {
            try {
                const manifest = JSON.parse((0, node_fs_1.readFileSync)(`${dir}/package.json`, 'utf8'));
                known =
                    manifest.name === 'import-in-the-middle' && typeof manifest.version === 'string' && Number.parseInt(manifest.version, 10) < 3;
            }
            catch {
                known = false;
            }
            rebuilds.set(dir, known);
        }
        return known;
    }
    /** The directory of a 1.x/2.x copy whose resolve hook is waiting on autowrapt's, if any. */
    return function rebuildingCopyAhead() {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 64;
        const stack = new Error().stack ?? '';
        Error.stackTraceLimit = limit;
        for (const line of stack.split('\n')) {
            const match = IITM_FRAME.exec(line);
            if (match === null)
                continue;
            const raw = match[1];
            let dir;
            try {
                dir = raw.startsWith('file:') ? (0, node_url_1.fileURLToPath)(raw) : raw;
            }
            catch {
                continue;
            }
            if (dir !== ownIitmDir && isRebuildingCopy(dir))
                return dir;
        }
        return undefined;
    };
}
