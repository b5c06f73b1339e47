/**
 * Feed texts: a string or a language → string object, as a frozen record of cleaned strings; and
 * lists of texts (a measure's stakeholders, the feed's attribution).
 */
import { COLLECTION_LIMITS, TEXT_LIMITS } from '../contract.js';
import { resolveLanguageTag } from '../text.js';
import type { Text } from '../types.js';
import type { Problems, Why } from './problems.js';
import { EMPTY, isArray, isObject, read, type Obj } from './read.js';
import { cleanString, SHORT, type TextKind } from './strings.js';

const freeze = Object.freeze;

/**
 * A feed `Text` (string or language → string object) as a frozen record. Invalid language keys and
 * empty translations are left out; `undefined` when nothing is left.
 */
export function textOf(v: unknown, kind: TextKind, problems: Problems, path: string, key: string): Text | undefined {
  const cap = kind === SHORT ? TEXT_LIMITS.short : TEXT_LIMITS.long;
  if (typeof v === 'string') {
    const s = cleanString(v, kind, cap, problems, path, key);
    return s ? freeze({ '': s }) : undefined;
  }
  if (!isObject(v)) return undefined;
  const out: Record<string, string> = {};
  let count = 0;
  let badKeys = 0;
  for (const lang of Object.keys(v)) {
    if (count >= TEXT_LIMITS.languages) {
      problems.fix(`${path}.${key}`, 'too-many-languages', key, TEXT_LIMITS.languages);
      break;
    }
    const tag = lang === '' ? '' : resolveLanguageTag(lang);
    const value = read(v, lang);
    if (tag === undefined) {
      badKeys++;
      continue;
    }
    // (A valid tag is never an Object.prototype key, so a plain lookup is safe.)
    if (typeof value !== 'string' || out[tag] !== undefined) continue;
    const s = cleanString(value, kind, cap, problems, path, key, tag || '""');
    if (!s) continue;
    out[tag] = s;
    count++;
  }
  if (badKeys > 0) {
    problems.fix(`${path}.${key}`, 'language-keys', key, badKeys);
  }
  return count > 0 ? freeze(out) : undefined;
}

/** Why {@link textOf} found no text in `v`. */
export function whyNoText(v: unknown): Why {
  return [typeof v === 'string' || isObject(v) ? 'empty' : 'not-text'];
}

/**
 * A list of short texts: a measure's stakeholders (a bad item is removed, `fix`) or the feed's
 * attribution (a bad entry is left out, `drop`); each with one problem, the excess beyond the cap too.
 */
export function textList(o: Obj, key: string, path: string, problems: Problems, how: 'fix' | 'drop'): readonly Text[] {
  const raw = read(o, key);
  const fix = how === 'fix';
  const out: Text[] = [];
  if (isArray(raw)) {
    const n = Math.min(raw.length, fix ? COLLECTION_LIMITS.list : COLLECTION_LIMITS.attribution);
    for (let i = 0; i < n; i++) {
      const item = fix ? raw[i] : read(raw, String(i));
      const t = textOf(item, SHORT, problems, path, key);
      if (t) out.push(t);
      else
        problems[how](
          `${path}.${key}[${i}]`,
          'field',
          fix ? 'stakeholder' : key,
          fix ? 'removed' : 'left out',
          ...whyNoText(item),
        );
    }
    if (raw.length > n) problems[how](`${path}.${key}`, fix ? 'too-many-items' : 'too-many-entries', key, n);
  } else if (raw !== undefined && raw !== null) {
    problems[how](`${path}.${key}`, fix ? 'not-list' : 'not-list-of-texts', key);
  }
  return out.length ? freeze(out) : EMPTY;
}
