"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startAsyncLoader = startAsyncLoader;
const node_path_1 = require("node:path");
const node_url_1 = require("node:url");
const channel_js_1 = require("./channel.js");
const load_tracker_js_1 = require("./load-tracker.js");
const matcher_js_1 = require("./matcher.js");
const deferred_start_js_1 = require("./deferred-start.js");
const subscription_js_1 = require("./subscription.js");
const log_js_1 = require("../report/log.js");
const node_features_js_1 = require("../core/node-features.js");
const package_root_js_1 = require("../core/package-root.js");
// autowrapt's own files and dependencies, as they sit in require.cache.
function isOwnFile(filename) {
    const root = (0, node_path_1.dirname)((0, package_root_js_1.ownPackageFile)('register.cjs'));
    return (filename.startsWith((0, node_path_1.join)(root, 'dist') + node_path_1.sep) ||
        filename.startsWith((0, node_path_1.join)(root, 'node_modules') + node_path_1.sep) ||
        filename === (0, node_path_1.join)(root, 'register.cjs'));
}
// Off-thread path. The thread starts at once when the process may load ES
// modules from the start, otherwise just before the first module that may
// (deferred-start.ts); until then targets only accumulate.
function startAsyncLoader(targets, onImported, options) {
    // What would stop the thread later is said now, when the hooks it serves
    // can still be reported unavailable.
    threadPreconditions();
    const all = (0, matcher_js_1.matcherDataFor)(targets);
    let thread;
    const startThread = () => (thread ??= startLoaderThread(all, onImported));
    const ownRegister = (0, package_root_js_1.ownPackageFile)('register.cjs');
    const nodeOptions = (process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
    const atOnce = options.threadAtOnce ||
        (0, deferred_start_js_1.flagsMayLoadEsm)([...process.execArgv, ...nodeOptions], ownRegister) ||
        !(0, deferred_start_js_1.entryIsCommonJs)(process.argv[1]) ||
        (0, deferred_start_js_1.loadedModulesMayLoadEsm)(require.cache, isOwnFile);
    if (atOnce)
        startThread();
    else {
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('esm', 'the entry point is CommonJS: the loader thread starts before the first module that may load ESM');
        (0, deferred_start_js_1.startBeforeFirstEsm)((filename) => {
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('esm', `${filename} may load ESM: starting the loader thread`);
            try {
                startThread();
            }
            catch (error) {
                options.onUnavailable(error instanceof Error ? error.message.split('\n')[0] : (0, log_js_1.describeError)(error));
            }
        });
    }
    return {
        leftToOtherLoaders: () => thread?.leftToOtherLoaders() ?? [],
        addTarget(target) {
            const added = (0, matcher_js_1.matcherDataFor)([target]);
            all.specifiers.push(...added.specifiers);
            all.files.push(...added.files);
            if (thread !== undefined && !(0, channel_js_1.publishTargets)(thread.channel, all)) {
                (0, log_js_1.warn)(log_js_1.WarningCode.EsmUnavailable, `too many targets to hand to the ESM loader; ESM imports of "${target.name}" will not be hooked`);
            }
        },
    };
}
function threadPreconditions() {
    // Node's loader thread needs a working directory: without one (it was
    // deleted), module.register never returns and the application would hang.
    if (!node_features_js_1.nodeFeatures.hasWorkingDirectory())
        throw new Error('the working directory no longer exists, and module.register hangs without one');
    const permission = process.permission;
    if (permission?.has('worker') === false)
        throw new Error('module.register needs a worker thread, which the permission model refuses (--allow-worker)');
}
function startLoaderThread(all, onImported) {
    threadPreconditions();
    const channel = (0, channel_js_1.createChannelBuffer)();
    const loadedLog = (0, channel_js_1.createChannelBuffer)(256 * 1024);
    const { register } = require('node:module');
    // Synchronous: Node runs the loader's initialize() before register() returns,
    // so the target list is in place before the next import.
    register((0, node_url_1.pathToFileURL)((0, package_root_js_1.ownPackageFile)('loader.mjs')).href, { data: { ...all, channel, loadedLog } });
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('esm', 'import-in-the-middle running on the loader thread (module.register)');
    const readLoaded = (0, channel_js_1.createUrlReader)(loadedLog);
    const loaded = new Set();
    const left = [];
    function readLog() {
        for (const line of readLoaded()) {
            const aside = (0, channel_js_1.parseLeftToOtherLoader)(line);
            if (aside === undefined)
                loaded.add(line);
            else
                left.push(aside);
        }
    }
    function loadedThroughHooks(url) {
        readLog();
        return loaded.has(url) || (0, channel_js_1.urlLogOverflowed)(loadedLog);
    }
    (0, subscription_js_1.subscribeToIitm)((url) => !loadedThroughHooks((0, load_tracker_js_1.withoutIitm)(url)), onImported);
    return {
        channel,
        leftToOtherLoaders() {
            readLog();
            return left.splice(0);
        },
    };
}
