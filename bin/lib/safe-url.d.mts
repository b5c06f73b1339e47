export declare const MAX_URL_LENGTH: number;
export declare function safeUrl(value: unknown): string | undefined;
