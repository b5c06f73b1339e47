import type { Plugin } from 'vite';
import type { SourceMap } from './vite-plugin-minify-templates.d.mts';

export function translatedIds(code: string, filename: string): string[];
export function shortIds(ids: Iterable<string>): Map<string, string>;
export function shortenMessageIds(
  code: string,
  filename: string,
  ids: ReadonlyMap<string, string>,
  options?: { locale?: boolean },
): { code: string; map: SourceMap } | null;
/** Short message ids in the project's modules and language modules, in builds. */
export default function shortMessageIds(options?: { localesDir?: string }): Plugin;
