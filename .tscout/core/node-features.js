"use strict";
// Node.js version boundaries, in one place. Each entry links the Node change.
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeFeatures = void 0;
exports.ownsProcessState = ownsProcessState;
exports.syncHooksOn = syncHooksOn;
// Node replaces process.abort with a stub named `unavailableInWorker` in every
// thread that does not own the process state (each worker, and the loader
// thread: lib/internal/bootstrap/switches/does_not_own_process_state.js, the
// same on 20 through 26). A real `abort` therefore means the main thread, which
// saves loading worker_threads there: it pulls in perf_hooks and costs about
// 3 ms and 2.7 MB of every start (an interleaved A/B on Node 24). Anything
// else, a patched abort included, asks worker_threads itself.
function ownsProcessState() {
    return process.abort.name === 'abort';
}
const workerThreads = () => require('node:worker_threads');
exports.nodeFeatures = {
    /**
     * import-in-the-middle can run in-thread through module.registerHooks: the
     * API exists since 22.15/24.0 (https://github.com/nodejs/node/pull/55698) but
     * rejected the nullish CommonJS source iitm returns until
     * https://github.com/nodejs/node/pull/59929 (22.22.3, 24.11.1, 25.1.0, 26.0.0).
     * Its in-thread hooks are ESM files that autowrapt loads with require(esm):
     * under --no-experimental-require-module they cannot load, so the answer is no.
     */
    syncHooks: () => exports.nodeFeatures.requireEsm() && syncHooksOn(process.versions.node),
    /** require() of ES modules: on by default since 20.19/22.12, off with --no-experimental-require-module. */
    requireEsm: () => process.features.require_module === true,
    /**
     * Off-thread customization hooks, module.register: 20.6+
     * (https://github.com/nodejs/node/pull/46826). Runtime-deprecated in Node 26
     * as DEP0205 (https://github.com/nodejs/node/pull/62395 doc-deprecated it first), so
     * we never call it where sync hooks work, nor on Node 26+ at all: the app would
     * get a deprecation warning it did not cause.
     */
    moduleRegister: () => typeof require('node:module').register === 'function' && Number(process.versions.node.split('.')[0]) < 26,
    /** process.cwd() throws once the working directory has been deleted. */
    hasWorkingDirectory: () => {
        try {
            process.cwd();
            return true;
        }
        catch {
            return false;
        }
    },
    /**
     * Whether this thread is Node's own module-customization thread. On Node 20
     * that thread runs the --require preloads whenever an --import is also given,
     * so autowrapt/register would bootstrap a second time inside the loader.
     * `worker_threads.isInternalThread` answers this on newer lines (22.14+, see
     * https://nodejs.org/api/worker_threads.html#workerisinternalthread);
     * before that it is the only worker without a parentPort: every user worker
     * has one, also while its --require preloads run (when its process.argv is
     * still short, so argv cannot tell them apart).
     */
    isLoaderThread: () => {
        if (ownsProcessState())
            return false;
        const wt = workerThreads();
        if (wt.isInternalThread !== undefined)
            return wt.isInternalThread;
        return !wt.isMainThread && wt.parentPort === null;
    },
    /** worker_threads.threadId, without loading worker_threads on the main thread (where it is 0). */
    threadId: () => (ownsProcessState() ? 0 : workerThreads().threadId),
};
/**
 * The same boundaries as import-in-the-middle's own `supportsSyncHooks`
 * (supports-sync-hooks.mjs), which is the authority: asking it meant a
 * require(esm) of its file on every start (about 1 ms on Node 24), so the
 * table is kept here and test/integration/upstream-contracts.test.ts fails if
 * the two disagree on any tested Node.
 */
function syncHooksOn(version) {
    const [major = 0, minor = 0, patch = 0] = version.split('.').map((part) => parseInt(part, 10));
    if (major >= 26)
        return true;
    if (major === 25)
        return minor >= 1;
    if (major === 24)
        return minor > 11 || (minor === 11 && patch >= 1);
    if (major === 22)
        return minor > 22 || (minor === 22 && patch >= 3);
    return false;
}
