/**
 * Cleaning one string from a feed: no control or bidi characters, whitespace collapsed (short texts)
 * or line breaks kept (long texts), trimmed, capped in code points.
 */
import type { Problems } from './problems.js';

// C0/C1 controls (except tab, line feed, carriage return: handled per kind), DEL, bidi embeddings,
// overrides and isolates (they can make text look like something else and leak into the host page's
// text direction), byte-order marks and interlinear annotation marks.
// eslint-disable-next-line no-control-regex -- finding control characters is what these patterns are for
const INVISIBLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\x85]/g;
const SHORT_SPACE = /[ \t\n\r\u2028\u2029]+/g;
const LONG_BLANK_LINES = /\n[ \t]*\n(?:[ \t]*\n)+/g;
// A high surrogate without its low one, or a low one without its high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Fast paths: most feed strings need no cleaning at all, and one scan says so. (Plain character classes
// scan fastest; the rarer patterns are checked separately. Surrogates send a string the long way so it is
// checked for lone ones; the cleaning steps leave a clean string as it is.)
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK_SHORT = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u2028\u2029\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK_LONG = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u2028\u2029\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/;
const BLANK_LINES = /\n[ \t]*\n[ \t]*\n/;
/** The UTF-16 index just after the first `n` code points of `s` (its length when it has fewer). */
export function afterCodePoints(s: string, n: number): number {
  let i = 0;
  for (; i < s.length && n > 0; i++, n--) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return i;
}

/** Whether `s` has more than `cap` code points. */
export function codePointsOver(s: string, cap: number): boolean {
  return s.length > cap && afterCodePoints(s, cap) < s.length;
}

/** Cuts to `cap` code points including a final "…". */
export function cut(s: string, cap: number): string {
  return s.slice(0, afterCodePoints(s, cap - 1)).trimEnd() + '…';
}

/** Short texts have their whitespace collapsed; long ones keep their line breaks. */
export type TextKind = typeof SHORT | typeof LONG;
export const SHORT = 0;
export const LONG = 1;

/**
 * Cleans one string: no control/bidi characters, whitespace collapsed (short) or line breaks kept
 * (long), trimmed, capped. Returns `''` for nothing left. A cut is reported at `path.key[.sub]` (built
 * only then: paths are not built for the common case of a clean string).
 */
export function cleanString(
  v: string,
  kind: TextKind,
  cap: number,
  problems: Problems,
  path: string,
  key: string,
  sub?: string,
): string {
  // Trimming first gives the same result (the last step trims again) and lets padded strings take the fast path.
  let s = v.trim();
  const clean =
    kind === SHORT
      ? !NEEDS_WORK_SHORT.test(s) && !s.includes('  ')
      : !NEEDS_WORK_LONG.test(s) && !(s.includes('\n') && BLANK_LINES.test(s));
  if (!clean) {
    s = s.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, '');
    if (kind === SHORT) {
      s = s.replace(SHORT_SPACE, ' ').trim();
    } else {
      s = s.replace(LINE_BREAKS, '\n').replace(LONG_BLANK_LINES, '\n\n').trim();
    }
  }
  if (codePointsOver(s, cap)) {
    problems.fix(sub === undefined ? `${path}.${key}` : `${path}.${key}.${sub}`, 'too-long', key, cap);
    s = cut(s, cap);
  }
  return s;
}

/** A short, safe echo of a producer's value inside a message. */
export function echo(v: unknown): string {
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : `a ${typeof v}`;
  const clean = s.replace(INVISIBLE, '').replace(SHORT_SPACE, ' ').trim();
  return clean.length > 40 ? clean.slice(0, 39) + '…' : clean;
}
