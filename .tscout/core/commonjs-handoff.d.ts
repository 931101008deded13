export declare function markRequiredInCommonJs(filename: string): void;
/** Whether `filename` was marked; forgets it. */
export declare function takeRequiredInCommonJs(filename: string): boolean;
