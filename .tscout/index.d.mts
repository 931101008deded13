import api from './index.js';
export declare const registerPostImportHook: typeof api.registerPostImportHook, whenImported: typeof api.whenImported, discoverPostImportHooks: typeof api.discoverPostImportHooks, notifyModuleLoaded: typeof api.notifyModuleLoaded, tracingStatus: typeof api.tracingStatus, wrap: typeof api.wrap, unwrap: typeof api.unwrap, massWrap: typeof api.massWrap, massUnwrap: typeof api.massUnwrap, isWrapped: typeof api.isWrapped, wrapFunction: typeof api.wrapFunction, wrapCallable: typeof api.wrapCallable;
export type * from './index.js';
