// Imported by another import-in-the-middle copy's wrapper of an autowrapt
// target: on the module.register path the loader thread appends this import to
// that wrapper's source (loader-thread.mts), so it evaluates, on the
// application thread, before the wrapper's body tells that copy's subscribers.
// It subscribes autowrapt to that copy in time, through the slot the runtime's
// foreign-copies.ts fills (the runtime is bundled: this file cannot load it).
const copy = new URL(import.meta.url).searchParams.get('copy');
const subscribe = globalThis[Symbol.for('autowrapt.esm.subscribeToForeignCopy')];
if (copy !== null && typeof subscribe === 'function')
    subscribe(copy);
export {};
