/**
 * Feed `Text` values: checking their language keys, and resolving them by language (the widget's
 * language, then English, then the first available).
 */
import type { Text } from './types.js';

/** A feed text resolved for display; `lang` is set when the text is in another language than the UI. */
export interface ResolvedText {
  readonly value: string;
  readonly lang?: string;
}

const primaryOf = (tag: string): string => {
  const i = tag.indexOf('-');
  return (i < 0 ? tag : tag.slice(0, i)).toLowerCase();
};

/**
 * Picks the widget's language (exact tag, then same primary language: `pt-BR` for `pt`), then a text
 * whose language is not stated (key `""`), then English, then the first available. `lang` is set on
 * the result when it is known to differ from the widget's language, so the element showing it can
 * carry a `lang` attribute for screen readers and hyphenation.
 */
export function resolveText(text: Text | undefined, lang: string): ResolvedText {
  if (!text) return { value: '' };
  const wanted = lang.toLowerCase();
  const primary = primaryOf(wanted);
  const keys = Object.keys(text);
  const exact =
    keys.find((k) => k !== '' && k.toLowerCase() === wanted) ?? keys.find((k) => k !== '' && primaryOf(k) === primary);
  if (exact !== undefined) return { value: text[exact]! };
  if (text[''] !== undefined) return { value: text['']! };
  const fallback = keys.find((k) => primaryOf(k) === 'en') ?? keys[0];
  return fallback === undefined ? { value: '' } : { value: text[fallback]!, lang: fallback };
}

// language[-script][-region][-variant…], as in BCP 47 without extensions and private use.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
const canonical = new Map<string, string | undefined>();

/**
 * The canonical form of a BCP 47 language tag (`EN-gb` → `en-GB`), or `undefined` when `key` does not
 * look like one (`english`, `en_GB`, `__proto__`). Results are cached: feeds use few languages.
 */
export function resolveLanguageTag(key: string): string | undefined {
  if (canonical.has(key)) return canonical.get(key);
  let tag: string | undefined;
  if (key.length <= 35 && LANGUAGE_TAG.test(key)) {
    try {
      tag = Intl.getCanonicalLocales(key)[0];
    } catch {
      tag = undefined;
    }
  }
  if (canonical.size > 500) canonical.clear();
  canonical.set(key, tag);
  return tag;
}
