export declare function isValidRange(range: string): boolean;
/** Whether `version` satisfies `range`; prereleases count, as an operator would expect. */
export declare function satisfiesRange(version: string, range: string): boolean;
