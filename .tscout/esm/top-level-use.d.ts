export declare function readsAtTopLevel(source: string, specifier: string): boolean;
