export declare const ExitCode: {
    readonly Ok: 0;
    readonly Problems: 1;
    readonly Usage: 2;
};
export declare function print(text?: string): void;
export declare function printJson(value: unknown): void;
export declare function printError(message: string, hint?: string): void;
/** Reports an error thrown by a command and returns the exit code for it. */
export declare function reportFailure(error: unknown): number;
/** Left-aligned columns, two spaces apart; the last column is not padded. */
export declare function columns(rows: ReadonlyArray<readonly string[]>, indent?: string): string[];
export declare function plural(count: number, noun: string): string;
