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

/** Picks the widget's language, then English, then the first available; marks foreign text. */
export function resolveText(text: Text | undefined, lang: string): ResolvedText {
  if (!text) return { value: '' };
  const primary = lang.toLowerCase().split('-')[0];
  const keys = Object.keys(text);
  const exact = keys.find((k) => k.toLowerCase() === lang.toLowerCase()) ?? keys.find((k) => k.toLowerCase().split('-')[0] === primary);
  if (exact !== undefined) return { value: text[exact]! };
  if (text[''] !== undefined) return { value: text['']! };
  const fallback = keys.find((k) => k.toLowerCase().split('-')[0] === 'en') ?? keys[0];
  return fallback === undefined ? { value: '' } : { value: text[fallback]!, lang: fallback };
}

