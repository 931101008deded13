type LoadContext = {
    format?: string;
    importAttributes?: Record<string, string>;
};
export declare function withJsonAttribute<R>(nextLoad: (url: string, context: LoadContext) => R): (url: string, context: LoadContext) => R;
export {};
