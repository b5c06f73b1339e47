export interface Located {
  path: string;
  message: string;
  where?: string;
}
export interface Outcome {
  feed?: unknown;
  problems: Located[];
  notes: string[];
}
export interface CsvFile {
  name: string;
  bytes: Uint8Array;
}
export type Collection = 'feed' | 'dimensions' | 'regions' | 'partners' | 'scores' | 'baselines' | 'measures';
export interface BuildOptions {
  title?: string;
  sample?: boolean;
  updated?: string;
  attribution?: string[];
  frameworkId?: string;
  scale?: [number, number];
  decimal?: ',' | '.';
}
export declare const COLLECTIONS: Collection[];
export declare class InputError extends Error {}
export declare function feedJson(feed: unknown): string;
export declare function buildAndCheck(files: Partial<Record<Collection, CsvFile>>, options?: BuildOptions): Outcome;
export declare function readAndCheck(bytes: Uint8Array, name: string): Outcome;
export declare function problemLine(p: Located): string;
export declare function counts(feed: unknown): {
  regions: number;
  partners: number;
  scores: number;
  baselines: number;
  measures: number;
};
