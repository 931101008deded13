"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tracedFileOf = tracedFileOf;
exports.sourceText = sourceText;
exports.formatOf = formatOf;
// Shared by the in-thread hook and the loader thread: which file a module URL
// is, and its source as text.
const node_url_1 = require("node:url");
// import-in-the-middle's wrapper modules (`?iitm=...`) are generated code,
// not the file on disk: the real file loads under its own URL and is traced there.
/** The path of a file: URL under node_modules, or undefined for anything else. */
function tracedFileOf(url) {
    if (!url.startsWith('file:') || !url.includes('/node_modules/'))
        return undefined;
    const query = url.search(/[?#]/);
    if (query !== -1 && url.includes('iitm', query))
        return undefined;
    return (0, node_url_1.fileURLToPath)(query === -1 ? url : url.slice(0, query));
}
/** Load hooks hand sources over as strings, Buffers or plain Uint8Arrays (registerHooks). */
function sourceText(source) {
    return typeof source === 'string' ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8');
}
// Top-level `import`/`export` statements (a dynamic import() is allowed in CommonJS too).
const ESM_SYNTAX = /(^|[\n;])\s*(import\s*[\w{*'"]|export\b)/;
/**
 * The module system of a file Node has not labelled: a require()d `.js` in a
 * package without `"type"` comes with no format, and Node decides from its
 * syntax, so we do too. `packageType` is the package's `"type"` field.
 */
function formatOf(format, filename, source, packageType) {
    if (format === 'commonjs' || format === 'module')
        return format;
    if (format !== undefined)
        return undefined;
    if (filename.endsWith('.mjs'))
        return 'module';
    if (filename.endsWith('.cjs'))
        return 'commonjs';
    if (packageType === 'module')
        return 'module';
    if (packageType === 'commonjs')
        return 'commonjs';
    return ESM_SYNTAX.test(source) ? 'module' : 'commonjs';
}
