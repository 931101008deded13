/** What a loaded hook module looked like. */
export type ExportShape = {
    /** typeof the export that was picked (`'undefined'` when absent). */
    readonly found: string;
    /** typeof the whole module (module.exports, or the ESM namespace). */
    readonly moduleType: string;
    /** The module's own enumerable exports that are functions, by name. */
    readonly functions: readonly string[];
    /** Its other own enumerable exports, by name. */
    readonly others: readonly string[];
};
/** The shape of `loaded` for the export that was looked for. */
export declare function exportShape(loaded: unknown, picked: unknown): ExportShape;
/**
 * `has no function as its export "x" (found nothing); <hint>`. The hint names
 * what the file exports; when module.exports itself is the function, it says
 * to drop `#x`.
 */
export declare function missingExportMessage(exportName: string | undefined, shape: ExportShape): string;
