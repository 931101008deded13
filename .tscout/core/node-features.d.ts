export declare function ownsProcessState(): boolean;
export declare const nodeFeatures: {
    /**
     * import-in-the-middle can run in-thread through module.registerHooks: the
     * API exists since 22.15/24.0 (https://github.com/nodejs/node/pull/55698) but
     * rejected the nullish CommonJS source iitm returns until
     * https://github.com/nodejs/node/pull/59929 (22.22.3, 24.11.1, 25.1.0, 26.0.0).
     * Its in-thread hooks are ESM files that autowrapt loads with require(esm):
     * under --no-experimental-require-module they cannot load, so the answer is no.
     */
    syncHooks: () => boolean;
    /** require() of ES modules: on by default since 20.19/22.12, off with --no-experimental-require-module. */
    requireEsm: () => boolean;
    /**
     * Off-thread customization hooks, module.register: 20.6+
     * (https://github.com/nodejs/node/pull/46826). Runtime-deprecated in Node 26
     * as DEP0205 (https://github.com/nodejs/node/pull/62395 doc-deprecated it first), so
     * we never call it where sync hooks work, nor on Node 26+ at all: the app would
     * get a deprecation warning it did not cause.
     */
    moduleRegister: () => boolean;
    /** process.cwd() throws once the working directory has been deleted. */
    hasWorkingDirectory: () => boolean;
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
    isLoaderThread: () => boolean;
    /** worker_threads.threadId, without loading worker_threads on the main thread (where it is 0). */
    threadId: () => number;
};
/**
 * The same boundaries as import-in-the-middle's own `supportsSyncHooks`
 * (supports-sync-hooks.mjs), which is the authority: asking it meant a
 * require(esm) of its file on every start (about 1 ms on Node 24), so the
 * table is kept here and test/integration/upstream-contracts.test.ts fails if
 * the two disagree on any tested Node.
 */
export declare function syncHooksOn(version: string): boolean;
