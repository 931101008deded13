export declare function reportInternalError(where: string, error: unknown): void;
