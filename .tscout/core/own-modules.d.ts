/** Requires one of autowrapt's own dependencies, remembering every file it pulled in. */
export declare function requireOwn<T>(id: string): T;
export declare function isOwnModule(filename: string): boolean;
