/** Spellings of "on" (AUTOWRAPT_REPORT takes them as "print to stderr", not as a file name). */
export declare const TRUE_WORDS: ReadonlySet<string>;
export declare function isTruthyFlag(value: string | undefined): boolean;
