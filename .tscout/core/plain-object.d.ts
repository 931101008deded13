export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
