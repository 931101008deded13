// Loader-thread side of the module.register path: transforms the ES modules
// named by tracing entries. CommonJS is left to the Module.prototype._compile
// step on the application thread (compile-hook.ts says why). Outcomes go back
// through shared memory, plus a BroadcastChannel nudge so that the
// application thread can warn promptly rather than at exit.
import { BroadcastChannel } from 'node:worker_threads';
import entryIndexModule from './entry-index.js';
import logModule from './outcome-log.js';
import sourceTextModule from './source-text.js';
import transformModule from './transform.js';
const index = entryIndexModule.createEntryIndex();
let data;
let nudge;
export async function initialize(init) {
    data = init;
    index.add(init.entries);
    nudge = new BroadcastChannel(init.channelName);
    nudge.unref();
}
function sink(entry, outcome) {
    logModule.appendOutcome(data.log, { id: entry.id, outcome });
    nudge?.postMessage(0);
}
export async function load(url, context, nextLoad) {
    const result = await nextLoad(url, context);
    if (result.format !== 'module' || result.source == null)
        return result;
    const name = entryIndexModule.packageNameInUrl(url);
    if (name === undefined || !index.hasPackage(name))
        return result;
    const filename = sourceTextModule.tracedFileOf(url);
    const match = filename === undefined ? undefined : index.match(filename);
    if (match === undefined)
        return result;
    const code = transformModule.transformFile(sourceTextModule.sourceText(result.source), filename, 'module', match, sink, data.strict);
    return code === undefined ? result : { ...result, source: code };
}
