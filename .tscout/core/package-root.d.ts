/** Absolute path of a file at the root of the autowrapt package. */
export declare function ownPackageFile(name: string): string;
