export declare const PACKAGE_ROOT: string;
export declare const REGISTER_PATH: string;
export declare function packageVersion(): string;
