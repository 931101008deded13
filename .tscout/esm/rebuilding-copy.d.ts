export declare function createRebuildingCopyFinder(ownIitmDir: string): () => string | undefined;
