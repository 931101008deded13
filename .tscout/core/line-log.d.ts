export declare function createLineLog(bytes?: number): SharedArrayBuffer;
/**
 * Writer: appends one line (which must not contain a newline). When the log is
 * full it is marked as overflowed instead, so that the reader can stop drawing
 * conclusions from lines it will never see.
 */
export declare function appendLine(buffer: SharedArrayBuffer, line: string): boolean;
/** Reader: whether the writer ran out of room. */
export declare function lineLogOverflowed(buffer: SharedArrayBuffer): boolean;
/** Reader: returns the lines appended since the last call. */
export declare function createLineReader(buffer: SharedArrayBuffer): () => string[];
