/**
 * Resolution of feed `Text` values by language: the widget's language, then English, then the first
 * available.
 */
import type { Text } from './types.js';

/** A feed text resolved for display; `lang` is set when the text is in another language than the UI. */
export interface ResolvedText {
  readonly value: string;
  readonly lang?: string;
}

/**
 * Picks the widget's language — the exact tag, then the bare primary language (`pt` for `pt-PT`), then
 * any regional variant of it (`pt-BR`) — then a plain string (language not stated), then English, then
 * the first available. Marks text in another language with that language, so it can be announced
 * correctly.
 */
export function resolveText(text: Text | undefined, lang: string): ResolvedText {
  if (!text) return { value: '' };
  const wanted = lang.trim().toLowerCase().replace(/_/g, '-');
  const primary = wanted.split('-')[0];
  const keys = Object.keys(text).filter((k) => k !== '');
  const primaryOf = (k: string) => k.toLowerCase().replace(/_/g, '-').split('-')[0];
  const own =
    keys.find((k) => k.toLowerCase().replace(/_/g, '-') === wanted) ??
    keys.find((k) => k.toLowerCase() === primary) ??
    keys.find((k) => primaryOf(k) === primary);
  if (own !== undefined) return { value: text[own]! };
  if (text[''] !== undefined) return { value: text['']! };
  const fallback = keys.find((k) => primaryOf(k) === 'en') ?? keys[0];
  return fallback === undefined ? { value: '' } : { value: text[fallback]!, lang: fallback };
}
