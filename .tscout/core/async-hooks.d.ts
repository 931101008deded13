/**
 * If `result` is a thenable, subscribes `onRejected` to it and returns true
 * (the caller then ignores the value); otherwise returns false.
 */
export declare function watchAsyncResult(result: unknown, onRejected: (error: unknown) => void): boolean;
