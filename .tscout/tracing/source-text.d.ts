/** The path of a file: URL under node_modules, or undefined for anything else. */
export declare function tracedFileOf(url: string): string | undefined;
/** Load hooks hand sources over as strings, Buffers or plain Uint8Arrays (registerHooks). */
export declare function sourceText(source: string | ArrayBufferView): string;
/**
 * The module system of a file Node has not labelled: a require()d `.js` in a
 * package without `"type"` comes with no format, and Node decides from its
 * syntax, so we do too. `packageType` is the package's `"type"` field.
 */
export declare function formatOf(format: string | undefined, filename: string, source: string, packageType: unknown): 'commonjs' | 'module' | undefined;
