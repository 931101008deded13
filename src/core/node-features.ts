// Node.js version boundaries, in one place. Each entry links the Node change.
import type { supportsSyncHooks } from 'import-in-the-middle/supports-sync-hooks.mjs'
import * as workerThreads from 'node:worker_threads'

export const nodeFeatures = {
  /**
   * import-in-the-middle can run in-thread through module.registerHooks: the
   * API exists since 22.15/24.0 (https://github.com/nodejs/node/pull/55698) but
   * rejected the nullish CommonJS source iitm returns until
   * https://github.com/nodejs/node/pull/59929 (22.22.3, 24.11.1, 25.1.0, 26.0.0).
   * iitm's own check is the authority, so we ask it. Its in-thread hooks are
   * ESM files that autowrapt loads with require(esm): under
   * --no-experimental-require-module they cannot load, so the answer is no.
   */
  syncHooks: (): boolean => {
    if (!nodeFeatures.requireEsm()) return false
    return (require('import-in-the-middle/supports-sync-hooks.mjs') as { supportsSyncHooks: typeof supportsSyncHooks }).supportsSyncHooks()
  },
  /** require() of ES modules: on by default since 20.19/22.12, off with --no-experimental-require-module. */
  requireEsm: (): boolean => (process.features as { require_module?: boolean }).require_module === true,
  /**
   * Off-thread customization hooks, module.register: 20.6+
   * (https://github.com/nodejs/node/pull/46826). Runtime-deprecated in Node 26
   * as DEP0205 (https://github.com/nodejs/node/pull/62395 doc-deprecated it first), so
   * we never call it where sync hooks work, nor on Node 26+ at all: the app would
   * get a deprecation warning it did not cause.
   */
  moduleRegister: (): boolean =>
    typeof (require('node:module') as { register?: unknown }).register === 'function' && Number(process.versions.node.split('.')[0]) < 26,
  /** process.cwd() throws once the working directory has been deleted. */
  hasWorkingDirectory: (): boolean => {
    try {
      process.cwd()
      return true
    } catch {
      return false
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
  isLoaderThread: (): boolean => {
    const wt = workerThreads as { isInternalThread?: boolean; isMainThread: boolean; parentPort: unknown }
    if (wt.isInternalThread !== undefined) return wt.isInternalThread
    return !wt.isMainThread && wt.parentPort === null
  },
}
