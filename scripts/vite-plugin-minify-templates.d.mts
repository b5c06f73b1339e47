import type { Plugin } from 'vite';

/** A version 3 source map of one module. */
export interface SourceMap {
  version: 3;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

export function minifyHtmlStrings(strings: readonly string[]): readonly string[];
export function minifyCssStrings(strings: readonly string[]): readonly string[];
export function minifyTemplates(code: string, filename: string): { code: string; map: SourceMap } | null;
/** Calls `visit` on every node object (anything with a string `type`) in an ESTree-shaped tree. */
export function walk(node: unknown, visit: (node: any) => void): void;
export function applyEdits(
  code: string,
  edits: readonly { start: number; end: number; text: string }[],
  filename: string,
): { code: string; map: SourceMap };
/** Minifies Lit templates in the project's own modules in production builds. */
export default function minifyLitTemplates(): Plugin;
