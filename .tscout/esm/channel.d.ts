import type { MatcherData } from './matcher.js';
export declare function createChannelBuffer(bytes?: number): SharedArrayBuffer;
/** Application thread: publishes the full target list. False if it does not fit. */
export declare function publishTargets(buffer: SharedArrayBuffer, data: MatcherData): boolean;
/** Loader thread: returns the newest target list once each time it changes. */
export declare function createTargetReader(buffer: SharedArrayBuffer): () => MatcherData | undefined;
export { appendLine as appendUrl, lineLogOverflowed as urlLogOverflowed, createLineReader as createUrlReader } from '../core/line-log.js';
export type LeftModule = {
    url: string;
    specifier: string;
    copy: string;
};
export declare function leftToOtherLoaderLine(url: string, specifier: string, copy: string): string;
export declare function parseLeftToOtherLoader(line: string): LeftModule | undefined;
