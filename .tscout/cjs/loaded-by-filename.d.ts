type OnLoaded = (exports: unknown, name: string, baseDir: string) => unknown;
export declare function installLoadByFilename(isTargetPackage: (name: string) => boolean, onLoaded: OnLoaded): void;
export {};
