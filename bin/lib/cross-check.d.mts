export interface Problem {
  path: string;
  message: string;
}
export declare const MIPEX_R_DIMENSIONS: string[];
export declare function fatalProblem(feed: unknown): string | null;
export declare function crossCheck(feed: unknown): Problem[];
