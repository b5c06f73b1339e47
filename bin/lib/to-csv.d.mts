export declare function collectionCsv(entries: object[], collection: string): string;
export declare function feedToCsv(feed: unknown): Record<string, string>;
