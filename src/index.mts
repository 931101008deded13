// ESM entry: the same single instance as the CommonJS entry (state is
// process-wide anyway), re-exported by name.
import api from './index.js'

export const {
  registerPostImportHook,
  whenImported,
  discoverPostImportHooks,
  notifyModuleLoaded,
  tracingStatus,
  trackNestedCalls,
  wrap,
  unwrap,
  massWrap,
  massUnwrap,
  isWrapped,
  wrapFunction,
  wrapCallable,
} = api
export type * from './index.js'
