/** A parsed version; build metadata is dropped, as it never affects order. */
export type Version = {
    major: number;
    minor: number;
    patch: number;
    pre: string[];
};
/** Whether `text` is one or more ASCII digits. */
export declare function isDigits(text: string): boolean;
/** A version number: 0, or digits without a leading zero. */
export declare function isVersionNumber(text: string): boolean;
/** A prerelease identifier: a version number, or anything with a letter or hyphen. */
export declare function isPrereleaseIdentifier(id: string): boolean;
/** The version `text` denotes after trimming, or undefined if semver would refuse it. */
export declare function parseVersion(text: string): Version | undefined;
/** -1, 0 or 1 as `a` sorts below, level with or above `b`. */
export declare function compareVersions(a: Version, b: Version): number;
